"use client";

import { useState, useTransition } from "react";
import { useForm, useWatch } from "react-hook-form";
import { toast } from "sonner";
import { UserPlus } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Badge } from "@/components/ui/badge";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Dialog } from "@/components/ui/dialog";
import { Field, Input, Select, describedBy } from "@/components/ui/field";
import { applyActionErrors, type ClientActionResult } from "@/components/ui/action-result";
import { ROLE_LABELS, ROLES, type Role } from "@/lib/auth/roles";

type Member = { id: string; userId: string; email: string; name: string | null; role: Role; since: string };
type AddValues = { email: string; role: Role; password: string };

export function MembersCard(props: {
  currentUserId: string;
  members: Member[];
  onAdd: (input: AddValues) => Promise<ClientActionResult>;
  onChangeRole: (input: { id: string; role: Role }) => Promise<ClientActionResult>;
  onRemove: (input: { id: string }) => Promise<ClientActionResult>;
}) {
  const [open, setOpen] = useState(false);
  const [, startTransition] = useTransition();
  const form = useForm<AddValues>({ defaultValues: { email: "", role: "operator", password: "" } });
  const { errors, isSubmitting } = form.formState;
  const chosenRole = useWatch({ control: form.control, name: "role" });

  const run = (promise: Promise<ClientActionResult>, success: string) =>
    startTransition(async () => {
      const result = await promise;
      if (result.ok) toast.success(success);
      else toast.error(result.error);
    });

  return (
    <Card>
      <CardHeader
        title="Members"
        description="Admins manage everything; operators configure, connect, run and retry; viewers only read."
        actions={<Button onClick={() => setOpen(true)}><UserPlus className="size-4" aria-hidden /> Add member</Button>}
      />
      <CardBody className="p-0">
        <table className="w-full text-sm">
          <thead className="bg-zinc-50 text-left text-xs uppercase tracking-wide text-zinc-500">
            <tr><th className="px-5 py-2 font-medium">Member</th><th className="px-5 py-2 font-medium">Role</th><th className="px-5 py-2"><span className="sr-only">Actions</span></th></tr>
          </thead>
          <tbody className="divide-y divide-zinc-100">
            {props.members.map((member) => (
              <tr key={member.id}>
                <td className="px-5 py-2.5">
                  <div className="font-medium text-zinc-900">{member.email}</div>
                  {member.userId === props.currentUserId ? <Badge tone="indigo">you</Badge> : null}
                </td>
                <td className="px-5 py-2.5">
                  <label className="sr-only" htmlFor={`role-${member.id}`}>Role of {member.email}</label>
                  <Select
                    id={`role-${member.id}`}
                    className="w-36"
                    defaultValue={member.role}
                    onChange={(event) => {
                      const select = event.currentTarget;
                      const role = select.value as Role;
                      startTransition(async () => {
                        const result = await props.onChangeRole({ id: member.id, role });
                        if (result.ok) toast.success(`${member.email} is now ${role}`);
                        else {
                          select.value = member.role; // refused (e.g. the last admin): show the role that stands
                          toast.error(result.error);
                        }
                      });
                    }}
                  >
                    {ROLES.map((role) => <option key={role} value={role}>{role}</option>)}
                  </Select>
                </td>
                <td className="px-5 py-2.5 text-right">
                  <ConfirmDialog
                    title={`Remove ${member.email}?`}
                    description="They lose access to this workspace at once. Their account stays for other workspaces."
                    confirmLabel="Remove member"
                    onConfirm={() => run(props.onRemove({ id: member.id }), `${member.email} removed`)}
                    trigger={<Button variant="ghost" size="sm">Remove</Button>}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </CardBody>
      <Dialog open={open} onOpenChange={setOpen} title="Add a member" description="An existing account is added with the role; a new account needs a first password that you pass on.">
        <form
          noValidate
          className="space-y-4"
          onSubmit={form.handleSubmit(async (values) => {
            const result = await props.onAdd(values);
            if (result.ok) {
              toast.success(`${values.email} added as ${values.role}`);
              form.reset();
              setOpen(false);
            } else applyActionErrors(result, form.setError, ["email", "role", "password"]);
          })}
        >
          <Field id="member-email" label="E-mail" required error={errors.email?.message}>
            <Input id="member-email" type="email" aria-invalid={!!errors.email} aria-describedby={describedBy("member-email", { error: errors.email })} {...form.register("email")} />
          </Field>
          <Field id="member-role" label="Role" required help={ROLE_LABELS[chosenRole]}>
            <Select id="member-role" aria-describedby="member-role-help" {...form.register("role")}>
              {ROLES.map((role) => <option key={role} value={role}>{role}</option>)}
            </Select>
          </Field>
          <Field id="member-password" label="First password (new accounts only)" help="At least 8 characters." error={errors.password?.message}>
            <Input id="member-password" type="password" autoComplete="new-password" aria-invalid={!!errors.password} aria-describedby={describedBy("member-password", { help: true, error: errors.password })} {...form.register("password")} />
          </Field>
          <div className="flex justify-end gap-2">
            <Button variant="secondary" onClick={() => setOpen(false)}>Cancel</Button>
            <Button type="submit" disabled={isSubmitting}>{isSubmitting ? "Adding…" : "Add member"}</Button>
          </div>
        </form>
      </Dialog>
    </Card>
  );
}
