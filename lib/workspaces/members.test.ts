import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { memberActor } from "@/lib/auth/membership";
import { actorFor, createMember, createWorkspace, uniqueName } from "@/test/fixtures";
import { addMember, changeMemberRole, createWorkspace as createWorkspaceFor, removeMember } from "./members";

describe("members and workspaces", () => {
  it("keeps at least one admin in a workspace", async () => {
    const workspace = await createWorkspace();
    const admin = await actorFor(workspace.id, "admin");
    const membership = await db.membership.findFirstOrThrow({ where: { workspaceId: workspace.id, userId: admin.userId! } });
    await expect(changeMemberRole(admin, membership.id, "viewer")).rejects.toThrow(/at least one admin/);
    await expect(removeMember(admin, membership.id)).rejects.toThrow(/at least one admin/);
  });

  it("adds a new account with a first password, and refuses a duplicate member", async () => {
    const workspace = await createWorkspace();
    const admin = await actorFor(workspace.id, "admin");
    const email = `${uniqueName("new")}@example.test`;
    await expect(addMember(admin, { email, role: "operator" })).rejects.toMatchObject({ code: "VALIDATION_ERROR" });
    await addMember(admin, { email, role: "operator", password: "first-password" });
    await expect(addMember(admin, { email, role: "viewer" })).rejects.toThrow(/Already a member/);
    const audit = await db.auditLog.findFirst({ where: { workspaceId: workspace.id, action: "member.add" } });
    expect(audit?.details).toMatchObject({ email, role: "operator" });
  });

  it("creates a workspace whose creator is its admin, with the built-in catalog", async () => {
    const home = await createWorkspace();
    const admin = await actorFor(home.id, "admin");
    const created = await createWorkspaceFor(admin, uniqueName("Team"));
    const actor = await memberActor(admin.userId!, created.id, "admin");
    expect(actor.workspaceId).toBe(created.id);
    expect(await db.integrationDefinition.count({ where: { workspaceId: created.id } })).toBeGreaterThanOrEqual(4);
    const other = await createMember(home.id, "viewer");
    await expect(memberActor(other.user.id, created.id, "viewer")).resolves.toMatchObject({ workspaceId: home.id });
  });
});
