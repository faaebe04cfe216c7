"use client";

import { useTransition } from "react";
import { Switch } from "radix-ui";
import { toast } from "sonner";
import { StatusBadge } from "@/components/ui/level-badge";
import type { ClientActionResult } from "@/components/ui/action-result";
import { DefinitionIcon } from "./definition-icon";

type Status = "PENDING_AUTHENTICATION" | "ACTIVE" | "FAILED" | "DISABLED";

/** The status in plain words: the stored reason when there is one, else what it means and what to do. */
export function statusExplanation(status: Status, reason: string | null): string {
  if (reason) return reason;
  switch (status) {
    case "ACTIVE":
      return "Ready: methods, runs and webhooks work.";
    case "PENDING_AUTHENTICATION":
      return "Not connected yet: open the Connection tab and connect an account.";
    case "FAILED":
      return "Something went wrong: see the Connection tab and the Events.";
    case "DISABLED":
      return "Switched off: it makes no calls and runs nothing until it is enabled again.";
  }
}

export function InstanceHeader(props: {
  name: string;
  icon: string | null;
  definitionName: string;
  status: Status;
  statusReason: string | null;
  enabled: boolean;
  canEdit: boolean;
  onSetEnabled: (enabled: boolean) => Promise<ClientActionResult<{ status: string; enabled: boolean }>>;
}) {
  const [pending, startTransition] = useTransition();
  return (
    <header className="mb-6 flex flex-wrap items-start justify-between gap-4">
      <div className="flex items-start gap-3">
        <DefinitionIcon icon={props.icon} className="size-12" />
        <div>
          <h1 className="text-2xl font-semibold tracking-tight text-zinc-900">{props.name}</h1>
          <p className="mt-0.5 flex flex-wrap items-center gap-2 text-sm text-zinc-600">
            <span>{props.definitionName}</span>
            <StatusBadge status={props.status} />
            <span>{statusExplanation(props.status, props.statusReason)}</span>
          </p>
        </div>
      </div>
      <label className="flex items-center gap-2 text-sm font-medium text-zinc-800">
        <Switch.Root
          checked={props.enabled}
          disabled={!props.canEdit || pending}
          aria-label="Enabled"
          onCheckedChange={(enabled) =>
            startTransition(async () => {
              const result = await props.onSetEnabled(enabled);
              if (result.ok) toast.success(enabled ? `"${props.name}" enabled` : `"${props.name}" disabled`);
              else toast.error(result.error);
            })
          }
          className="relative h-5 w-9 rounded-full bg-zinc-300 transition-colors data-[state=checked]:bg-indigo-600 disabled:opacity-50"
        >
          <Switch.Thumb className="block size-4 translate-x-0.5 rounded-full bg-white shadow transition-transform data-[state=checked]:translate-x-[1.125rem]" />
        </Switch.Root>
        {props.enabled ? "Enabled" : "Disabled"}
      </label>
    </header>
  );
}
