"use client";

import { DropdownMenu } from "radix-ui";
import { LogOut, UserRound } from "lucide-react";
import { signOut } from "next-auth/react";

export function UserMenu({ email, role }: { email: string; role: string }) {
  return (
    <DropdownMenu.Root>
      <DropdownMenu.Trigger className="flex w-full items-center gap-2 rounded-md px-2.5 py-2 text-left text-sm text-zinc-200 hover:bg-white/5" aria-label="Account menu">
        <UserRound className="size-4 shrink-0" aria-hidden />
        <span className="min-w-0">
          <span className="block truncate font-medium">{email}</span>
          <span className="block text-xs capitalize text-zinc-400">{role}</span>
        </span>
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content side="top" align="start" sideOffset={6} className="z-50 min-w-52 rounded-md bg-white p-1 shadow-lg ring-1 ring-zinc-200">
          <DropdownMenu.Label className="px-2 py-1.5 text-xs text-zinc-500">Signed in as {email}</DropdownMenu.Label>
          <DropdownMenu.Item
            className="flex cursor-pointer items-center gap-2 rounded px-2 py-1.5 text-sm text-zinc-800 outline-none data-[highlighted]:bg-zinc-100"
            onSelect={() => void signOut({ callbackUrl: "/sign-in" })}
          >
            <LogOut className="size-4" aria-hidden /> Sign out
          </DropdownMenu.Item>
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
