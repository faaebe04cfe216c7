"use client";

import { useState } from "react";
import { SchemaForm, type SchemaFormResult } from "@/components/schema-form";
import { Field, Input, describedBy } from "@/components/ui/field";
import type { ClientActionResult } from "@/components/ui/action-result";

type Props = {
  schema: Record<string, unknown>;
  defaultValues?: Record<string, unknown>;
  secretStatus?: Record<string, boolean>;
  initialName: string;
  submitLabel: string;
  disabled?: boolean;
  onSave: (input: { name: string; config: Record<string, unknown> }) => Promise<ClientActionResult>;
  /** Runs after a successful save, e.g. a toast and a redirect. */
  onSaved: () => void;
};

const NAME_ID = "instance-name";

function nameProblem(name: string): string | null {
  if (name.trim() === "") return "Give the instance a name";
  if (name.trim().length > 120) return "At most 120 characters";
  return null;
}

/** An instance's name plus the settings form generated from the definition's configSchema. */
export function InstanceForm({ schema, defaultValues, secretStatus, initialName, submitLabel, disabled, onSave, onSaved }: Props) {
  const [name, setName] = useState(initialName);
  const [submitted, setSubmitted] = useState(false);
  const [serverNameError, setServerNameError] = useState<string | null>(null);
  const nameError = serverNameError ?? (submitted ? nameProblem(name) : null);

  async function save(config: Record<string, unknown>): Promise<SchemaFormResult> {
    if (nameProblem(name)) return { ok: false };
    const result = await onSave({ name: name.trim(), config });
    if (result.ok) {
      onSaved();
      return { ok: true };
    }
    const issues = result.fieldErrors ?? [];
    setServerNameError(issues.find((i) => i.path === "name")?.message ?? null);
    // Server paths are `config.apiKey`; the form's paths are relative to the settings object.
    const fieldErrors = issues
      .filter((i) => i.path === "config" || i.path.startsWith("config.") || i.path.startsWith("config["))
      .map((i) => ({ path: i.path.replace(/^config\.?/, ""), message: i.message }));
    const placed = fieldErrors.length > 0 || issues.some((i) => i.path === "name");
    return { ok: false, fieldErrors, error: placed ? undefined : result.error };
  }

  return (
    // Capturing the submit shows the name's error together with the settings' errors.
    <div onSubmitCapture={() => setSubmitted(true)}>
      <SchemaForm schema={schema} defaultValues={defaultValues} secretStatus={secretStatus} submitLabel={submitLabel} disabled={disabled} onSubmit={save} idPrefix="settings" extraErrors={nameError ? [{ id: NAME_ID, title: "Name", message: nameError }] : []}>
        <Field id={NAME_ID} label="Name" required help="How this integration is called in lists, runs and the request log." error={nameError ?? undefined}>
          <Input
            id={NAME_ID}
            value={name}
            disabled={disabled}
            maxLength={200}
            aria-invalid={!!nameError}
            aria-describedby={describedBy(NAME_ID, { help: true, error: nameError })}
            onChange={(e) => {
              setName(e.currentTarget.value);
              setServerNameError(null);
            }}
          />
        </Field>
      </SchemaForm>
    </div>
  );
}
