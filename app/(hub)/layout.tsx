import Link from "next/link";
import { pageActor } from "@/lib/auth/page-gate";
import { listUserWorkspaces } from "@/lib/workspaces/queries";
import { SidebarNav } from "@/components/shell/sidebar-nav";
import { WorkspaceSwitcher } from "@/components/shell/workspace-switcher";
import { UserMenu } from "@/components/shell/user-menu";
import { createWorkspaceAction, switchWorkspaceAction } from "./actions";

export const dynamic = "force-dynamic";

export default async function HubLayout({ children }: { children: React.ReactNode }) {
  const actor = await pageActor();
  const workspaces = await listUserWorkspaces(actor.userId!);
  const current = workspaces.find((w) => w.id === actor.workspaceId) ?? workspaces[0];
  return (
    <div className="flex min-h-screen">
      <aside className="fixed inset-y-0 left-0 flex w-60 flex-col gap-5 bg-zinc-900 px-3 py-4">
        <Link href="/" className="flex items-center gap-2 px-2 text-white">
          <span className="flex size-7 items-center justify-center rounded-md bg-indigo-500 text-sm font-bold">P</span>
          <span className="text-base font-semibold tracking-tight">Patchbay</span>
        </Link>
        <WorkspaceSwitcher current={current} workspaces={workspaces} canCreate={actor.role === "admin"} onSwitch={switchWorkspaceAction} onCreate={createWorkspaceAction} />
        <SidebarNav />
        <div className="mt-auto border-t border-white/10 pt-3">
          <UserMenu email={actor.label} role={actor.role} />
        </div>
      </aside>
      <main className="ml-60 min-w-0 flex-1 px-8 py-7">
        <div className="mx-auto max-w-6xl">{children}</div>
      </main>
    </div>
  );
}
