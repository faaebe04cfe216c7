"use client";

import { useState, type FormEvent } from "react";
import { toast } from "sonner";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import type { ClientActionResult } from "@/components/ui/action-result";

type SecretType = "api_key" | "basic" | "bearer" | "hmac";

const FIELDS: Record<SecretType, { name: string; label: string; secret: boolean }[]> = {
  api_key: [{ name: "apiKey", label: "API key", secret: true }],
  basic: [
    { name: "username", label: "Username", secret: false },
    { name: "password", label: "Password", secret: true },
  ],
  bearer: [{ name: "token", label: "Bearer token", secret: true }],
  hmac: [{ name: "secret", label: "Signing secret", secret: true }],
};

export function isSecretType(value: string): value is SecretType {
  return value in FIELDS;
}

/** Secrets are write-only: inputs are never pre-filled; a stored value shows as a "Set" badge. */
export function CredentialsForm(props: {
  type: SecretType;
  storedFields: string[];
  canEdit: boolean;
  onSave: (values: Record<string, string>) => Promise<ClientActionResult>;
  onSaved: () => void;
}) {
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [pending, setPending] = useState(false);
  const fields = FIELDS[props.type];

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const values: Record<string, string> = { type: props.type };
    for (const field of fields) values[field.name] = String(data.get(field.name) ?? "");
    setPending(true);
    try {
      const result = await props.onSave(values);
      if (result.ok) {
        form.reset();
        setErrors({});
        toast.success("Credentials saved");
        props.onSaved();
        return;
      }
      const next: Record<string, string> = {};
      for (const issue of result.fieldErrors ?? []) next[issue.path.replace(/^credentials\./, "")] = issue.message;
      setErrors(next);
      if (Object.keys(next).length === 0) toast.error(result.error);
    } finally {
      setPending(false);
    }
  }

  return (
    <form onSubmit={submit} className="space-y-3" noValidate>
      {fields.map((field) => {
        const id = `credential-${field.name}`;
        const isSet = props.storedFields.includes(field.name);
        return (
          <div key={field.name}>
            <label htmlFor={id} className="flex items-center gap-2 text-sm font-medium text-zinc-800">
              {field.label}
              {isSet ? <Badge tone="green">Set</Badge> : null}
            </label>
            <input
              id={id}
              name={field.name}
              type={field.secret ? "password" : "text"}
              autoComplete={field.secret ? "new-password" : "off"}
              placeholder={isSet ? "Saved — type a new value to replace it" : undefined}
              disabled={!props.canEdit || pending}
              aria-invalid={errors[field.name] ? true : undefined}
              aria-describedby={errors[field.name] ? `${id}-error` : undefined}
              className="mt-1 block w-full rounded-md border-0 px-3 py-1.5 text-sm text-zinc-900 ring-1 ring-inset ring-zinc-300 focus:ring-2 focus:ring-indigo-600 disabled:bg-zinc-50"
            />
            <p id={`${id}-error`} aria-live="polite" className="mt-1 text-xs text-red-600">
              {errors[field.name] ?? ""}
            </p>
          </div>
        );
      })}
      {props.canEdit ? (
        <Button type="submit" disabled={pending}>
          {pending ? "Saving…" : "Save credentials"}
        </Button>
      ) : null}
    </form>
  );
}
