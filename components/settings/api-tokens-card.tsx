"use client";

import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { toast } from "sonner";
import { Copy, KeyRound } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Badge } from "@/components/ui/badge";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Dialog } from "@/components/ui/dialog";
import { Field, Input, Select, describedBy } from "@/components/ui/field";
import { applyActionErrors, type ClientActionResult } from "@/components/ui/action-result";
import { ROLES, type Role } from "@/lib/auth/roles";
import { timeAgo } from "@/lib/format/time";

type Token = { id: string; name: string; role: Role; prefix: string; createdBy: string; createdAt: string; lastUsedAt: string | null; revokedAt: string | null };
type CreateValues = { name: string; role: Role };

export function ApiTokensCard(props: {
  tokens: Token[];
  onCreate: (input: CreateValues) => Promise<ClientActionResult<{ token: string; name: string }>>;
  onRevoke: (input: { id: string }) => Promise<ClientActionResult>;
}) {
  const [open, setOpen] = useState(false);
  const [created, setCreated] = useState<{ token: string; name: string } | null>(null);
  const [, startTransition] = useTransition();
  const form = useForm<CreateValues>({ defaultValues: { name: "", role: "operator" } });
  const { errors, isSubmitting } = form.formState;

  return (
    <Card>
      <CardHeader
        title="API tokens"
        description={<>For scripts and other systems calling <code className="font-mono text-xs">/api/v1</code> with <code className="font-mono text-xs">Authorization: Bearer …</code>. A token is shown once.</>}
        actions={<Button onClick={() => { setCreated(null); setOpen(true); }}><KeyRound className="size-4" aria-hidden /> Create token</Button>}
      />
      <CardBody className="p-0">
        {props.tokens.length === 0 ? (
          <p className="px-5 py-6 text-sm text-zinc-500">No API tokens yet. Create one to call the REST API from a script or another system.</p>
        ) : (
          <table className="w-full text-sm">
            <thead className="bg-zinc-50 text-left text-xs uppercase tracking-wide text-zinc-500">
              <tr>
                <th className="px-5 py-2 font-medium">Name</th><th className="px-5 py-2 font-medium">Role</th><th className="px-5 py-2 font-medium">Token</th>
                <th className="px-5 py-2 font-medium">Last used</th><th className="px-5 py-2 font-medium">Created</th><th className="px-5 py-2"><span className="sr-only">Actions</span></th>
              </tr>
            </thead>
            <tbody className="divide-y divide-zinc-100">
              {props.tokens.map((token) => (
                <tr key={token.id} className={token.revokedAt ? "text-zinc-400" : undefined}>
                  <td className="px-5 py-2.5 font-medium">{token.name}</td>
                  <td className="px-5 py-2.5">{token.role}</td>
                  <td className="px-5 py-2.5 font-mono text-xs">{token.prefix}…</td>
                  <td className="px-5 py-2.5">{timeAgo(token.lastUsedAt)}</td>
                  <td className="px-5 py-2.5">{timeAgo(token.createdAt)} by {token.createdBy}</td>
                  <td className="px-5 py-2.5 text-right">
                    {token.revokedAt ? (
                      <Badge>revoked</Badge>
                    ) : (
                      <ConfirmDialog
                        title={`Revoke "${token.name}"?`}
                        description="Requests that use this token are refused from now on. This cannot be undone."
                        confirmLabel="Revoke token"
                        onConfirm={() =>
                          startTransition(async () => {
                            const result = await props.onRevoke({ id: token.id });
                            if (result.ok) toast.success(`Token "${token.name}" revoked`);
                            else toast.error(result.error);
                          })
                        }
                        trigger={<Button variant="ghost" size="sm">Revoke</Button>}
                      />
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </CardBody>
      <Dialog open={open} onOpenChange={setOpen} title={created ? "Copy your new token" : "Create an API token"} description={created ? "This is the only time the token is shown. Store it somewhere safe." : "The token acts with the role you choose, in this workspace."}>
        {created ? (
          <div className="space-y-4">
            <div className="flex items-center gap-2">
              <Input readOnly value={created.token} aria-label="New API token" className="font-mono text-xs" onFocus={(e) => e.currentTarget.select()} />
              <Button variant="secondary" onClick={() => navigator.clipboard?.writeText(created.token).then(() => toast.success("Token copied"), () => toast.error("Copy failed: select the text and copy it"))}>
                <Copy className="size-4" aria-hidden /> Copy
              </Button>
            </div>
            <div className="flex justify-end"><Button onClick={() => setOpen(false)}>Done</Button></div>
          </div>
        ) : (
          <form
            noValidate
            className="space-y-4"
            onSubmit={form.handleSubmit(async (values) => {
              const result = await props.onCreate(values);
              if (result.ok) {
                setCreated(result.data);
                form.reset();
                toast.success(`Token "${result.data.name}" created`);
              } else applyActionErrors(result, form.setError, ["name", "role"]);
            })}
          >
            <Field id="token-name" label="Name" required help="What uses it, e.g. “ERP sync” or “CI”." error={errors.name?.message}>
              <Input id="token-name" aria-invalid={!!errors.name} aria-describedby={describedBy("token-name", { help: true, error: errors.name })} {...form.register("name")} />
            </Field>
            <Field id="token-role" label="Role" required>
              <Select id="token-role" {...form.register("role")}>
                {ROLES.map((role) => <option key={role} value={role}>{role}</option>)}
              </Select>
            </Field>
            <div className="flex justify-end gap-2">
              <Button variant="secondary" onClick={() => setOpen(false)}>Cancel</Button>
              <Button type="submit" disabled={isSubmitting}>{isSubmitting ? "Creating…" : "Create token"}</Button>
            </div>
          </form>
        )}
      </Dialog>
    </Card>
  );
}
