import type { Metadata } from "next";
import { pageGate } from "@/lib/auth/page-gate";
import { listApiTokens } from "@/lib/auth/api-tokens";
import { getWorkspace, listMembers } from "@/lib/workspaces/queries";
import { PageHeader } from "@/components/ui/page-header";
import { AccessDenied } from "@/components/ui/access-denied";
import { WorkspaceNameForm } from "@/components/settings/workspace-name-form";
import { MembersCard } from "@/components/settings/members-card";
import { ApiTokensCard } from "@/components/settings/api-tokens-card";
import {
  addMemberAction,
  changeMemberRoleAction,
  createApiTokenAction,
  removeMemberAction,
  renameWorkspaceAction,
  revokeApiTokenAction,
} from "./actions";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const gate = await pageGate("admin");
  if (!gate.ok) {
    return (
      <>
        <PageHeader title="Settings" description="Members, API tokens and the workspace name." />
        <AccessDenied message={gate.message} />
      </>
    );
  }
  const { actor } = gate;
  const [workspace, members, tokens] = await Promise.all([getWorkspace(actor.workspaceId), listMembers(actor.workspaceId), listApiTokens(actor.workspaceId)]);
  return (
    <>
      <PageHeader title="Settings" description="Members, API tokens and the workspace name. Only admins see this page." />
      <div className="space-y-6">
        <WorkspaceNameForm name={workspace.name} onRename={renameWorkspaceAction} />
        <MembersCard
          currentUserId={actor.userId!}
          members={members.map((m) => ({ id: m.id, email: m.user.email, name: m.user.name, role: m.role, userId: m.user.id, since: m.createdAt.toISOString() }))}
          onAdd={addMemberAction}
          onChangeRole={changeMemberRoleAction}
          onRemove={removeMemberAction}
        />
        <ApiTokensCard
          tokens={tokens.map((t) => ({
            id: t.id,
            name: t.name,
            role: t.role,
            prefix: t.prefix,
            createdBy: t.createdBy?.email ?? "command line",
            createdAt: t.createdAt.toISOString(),
            lastUsedAt: t.lastUsedAt?.toISOString() ?? null,
            revokedAt: t.revokedAt?.toISOString() ?? null,
          }))}
          onCreate={createApiTokenAction}
          onRevoke={revokeApiTokenAction}
        />
      </div>
    </>
  );
}
