"use client";

import { DropdownMenu } from "radix-ui";
import { Check, ChevronsUpDown, Plus } from "lucide-react";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Field, Input, describedBy } from "@/components/ui/field";
import { applyActionErrors, type ClientActionResult } from "@/components/ui/action-result";

type Workspace = { id: string; name: string; role: string };

const itemClass = "flex cursor-pointer items-center justify-between gap-3 rounded px-2 py-1.5 text-sm text-zinc-800 outline-none data-[highlighted]:bg-zinc-100";

export function WorkspaceSwitcher(props: {
  current: Workspace;
  workspaces: Workspace[];
  canCreate: boolean;
  onSwitch: (workspaceId: string) => Promise<ClientActionResult>;
  onCreate: (input: { name: string }) => Promise<ClientActionResult<{ id: string; name: string }>>;
}) {
  const [pending, startTransition] = useTransition();
  const [creating, setCreating] = useState(false);
  const form = useForm<{ name: string }>({ defaultValues: { name: "" } });
  const { errors, isSubmitting } = form.formState;

  return (
    <>
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
                className={itemClass}
                onSelect={() =>
                  startTransition(async () => {
                    const result = await props.onSwitch(workspace.id);
                    if (!result.ok) toast.error(result.error);
                  })
                }
              >
                <span>
                  {workspace.name} <span className="text-xs text-zinc-500">· {workspace.role}</span>
                </span>
                {workspace.id === props.current.id ? <Check className="size-4 text-indigo-600" aria-label="current" /> : null}
              </DropdownMenu.Item>
            ))}
            {props.canCreate ? (
              <>
                <DropdownMenu.Separator className="my-1 h-px bg-zinc-100" />
                <DropdownMenu.Item className={itemClass} onSelect={() => setCreating(true)}>
                  <span className="flex items-center gap-2"><Plus className="size-4" aria-hidden /> New workspace…</span>
                </DropdownMenu.Item>
              </>
            ) : null}
          </DropdownMenu.Content>
        </DropdownMenu.Portal>
      </DropdownMenu.Root>
      <Dialog open={creating} onOpenChange={setCreating} title="New workspace" description="A separate set of integrations, logs and members. You become its admin.">
        <form
          noValidate
          className="space-y-4"
          onSubmit={form.handleSubmit(async (values) => {
            const result = await props.onCreate(values);
            if (result.ok) {
              toast.success(`Workspace "${result.data.name}" created`);
              form.reset();
              setCreating(false);
            } else applyActionErrors(result, form.setError, ["name"]);
          })}
        >
          <Field id="workspace-new-name" label="Name" required error={errors.name?.message}>
            <Input id="workspace-new-name" aria-invalid={!!errors.name} aria-describedby={describedBy("workspace-new-name", { error: errors.name })} {...form.register("name")} />
          </Field>
          <div className="flex justify-end gap-2">
            <Button variant="secondary" onClick={() => setCreating(false)}>Cancel</Button>
            <Button type="submit" disabled={isSubmitting}>{isSubmitting ? "Creating…" : "Create workspace"}</Button>
          </div>
        </form>
      </Dialog>
    </>
  );
}
