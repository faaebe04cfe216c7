"use client";

import { DropdownMenu } from "radix-ui";
import { Check, ChevronsUpDown } from "lucide-react";
import { useTransition } from "react";
import { toast } from "sonner";

type Workspace = { id: string; name: string; role: string };

export function WorkspaceSwitcher(props: {
  current: Workspace;
  workspaces: Workspace[];
  onSwitch: (workspaceId: string) => Promise<{ ok: boolean; error?: string }>;
}) {
  const [pending, startTransition] = useTransition();
  return (
    <DropdownMenu.Root>
      <DropdownMenu.Trigger
        className="flex w-full items-center justify-between rounded-md bg-white/5 px-2.5 py-2 text-left text-sm text-white ring-1 ring-white/10 hover:bg-white/10"
        aria-label={`Workspace: ${props.current.name}. Switch workspace`}
      >
        <span>
          <span className="block text-xs text-zinc-400">Workspace</span>
          <span className="block font-medium">{pending ? "Switching…" : props.current.name}</span>
        </span>
        <ChevronsUpDown className="size-4 text-zinc-400" aria-hidden />
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content align="start" sideOffset={6} className="z-50 min-w-56 rounded-md bg-white p-1 shadow-lg ring-1 ring-zinc-200">
          <DropdownMenu.Label className="px-2 py-1.5 text-xs text-zinc-500">Your workspaces</DropdownMenu.Label>
          {props.workspaces.map((workspace) => (
            <DropdownMenu.Item
              key={workspace.id}
              className="flex cursor-pointer items-center justify-between rounded px-2 py-1.5 text-sm text-zinc-800 outline-none data-[highlighted]:bg-zinc-100"
              onSelect={() =>
                startTransition(async () => {
                  const result = await props.onSwitch(workspace.id);
                  if (!result.ok) toast.error(result.error ?? "Could not switch workspace");
                })
              }
            >
              <span>
                {workspace.name} <span className="text-xs text-zinc-500">· {workspace.role}</span>
              </span>
              {workspace.id === props.current.id ? <Check className="size-4 text-indigo-600" aria-label="current" /> : null}
            </DropdownMenu.Item>
          ))}
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
