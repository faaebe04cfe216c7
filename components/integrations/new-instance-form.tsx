"use client";

import { useRouter } from "next/navigation";
import { useRef } from "react";
import { toast } from "sonner";
import type { ClientActionResult } from "@/components/ui/action-result";
import { InstanceForm } from "./instance-form";

type CreateInput = { integrationDefinitionId: string; name: string; config: Record<string, unknown> };

/** Adds an instance, then opens its page. */
export function NewInstanceForm(props: {
  definitionId: string;
  definitionName: string;
  schema: Record<string, unknown>;
  onCreate: (input: CreateInput) => Promise<ClientActionResult<{ id: string; name: string; status: string }>>;
}) {
  const router = useRouter();
  const created = useRef<{ id: string; name: string; status: string } | null>(null);
  return (
    <InstanceForm
      schema={props.schema}
      initialName={props.definitionName}
      submitLabel="Add integration"
      onSave={async ({ name, config }) => {
        const result = await props.onCreate({ integrationDefinitionId: props.definitionId, name, config });
        if (result.ok) created.current = result.data;
        return result;
      }}
      onSaved={() => {
        const instance = created.current;
        if (!instance) return;
        toast.success(instance.status === "PENDING_AUTHENTICATION" ? `"${instance.name}" added. Connect it to an account next.` : `"${instance.name}" added`);
        router.push(`/integrations/${instance.id}${instance.status === "PENDING_AUTHENTICATION" ? "?tab=connection" : ""}`);
      }}
    />
  );
}
