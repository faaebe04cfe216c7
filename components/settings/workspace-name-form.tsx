"use client";

import { useForm } from "react-hook-form";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { Field, Input, describedBy } from "@/components/ui/field";
import { applyActionErrors, type ClientActionResult } from "@/components/ui/action-result";

type Values = { name: string };

export function WorkspaceNameForm({ name, onRename }: { name: string; onRename: (input: Values) => Promise<ClientActionResult> }) {
  const { register, handleSubmit, setError, formState } = useForm<Values>({ defaultValues: { name } });
  const { errors, isSubmitting } = formState;
  return (
    <Card>
      <CardHeader title="Workspace" description="Every integration, run and log entry belongs to one workspace." />
      <CardBody>
        <form
          noValidate
          className="flex items-end gap-3"
          onSubmit={handleSubmit(async (values) => {
            const result = await onRename(values);
            if (result.ok) toast.success("Workspace renamed");
            else applyActionErrors(result, setError, ["name"]);
          })}
        >
          <div className="w-80">
            <Field id="workspace-name" label="Name" required error={errors.name?.message}>
              <Input id="workspace-name" aria-invalid={!!errors.name} aria-describedby={describedBy("workspace-name", { error: errors.name })} {...register("name", { required: "Enter a name" })} />
            </Field>
          </div>
          <Button type="submit" variant="secondary" disabled={isSubmitting}>{isSubmitting ? "Saving…" : "Save name"}</Button>
        </form>
      </CardBody>
    </Card>
  );
}
