"use client";

import { useEffect, useId, useMemo, useState, type ReactNode } from "react";
import { FormProvider, useForm, type FieldValues } from "react-hook-form";
import { buildFormModel, type FormNode } from "@/lib/definitions/config-schema/form-model";
import { splitSecrets } from "@/lib/definitions/config-schema/secrets";
import { initialValue } from "@/lib/definitions/config-schema/form-defaults";
import { isPlainObject } from "@/lib/definitions/config-schema/types";
import { FormErrorBoundary } from "./error-boundary";
import { fieldTitle } from "./field-title";
import { FormCtx, ROOT_NAME, type SchemaFormContext } from "./form-context";
import { JsonField } from "./json-field";
import { flattenErrors, schemaResolver, toFieldName, type FormError } from "./resolver";
import { SchemaField } from "./schema-field";
import { primaryButtonClass } from "./styles";

export type SchemaFormResult = { ok: boolean; fieldErrors?: FormError[]; error?: string } | void;

export interface SchemaFormProps {
  schema: object;
  /** Current values. Secret values are removed before rendering, even if given. */
  defaultValues?: object;
  /** `{ "auth.apiKey": true }`: which secrets already have a stored value. */
  secretStatus?: Record<string, boolean>;
  serverErrors?: FormError[];
  submitLabel?: string;
  /** Shown on the submit button while `onSubmit` runs (default "Saving…"). */
  pendingLabel?: string;
  /** Receives the values as JSON (blank secrets absent, cleared ones as `{ "$clear": true }`). */
  onSubmit: (values: Record<string, unknown>) => Promise<SchemaFormResult>;
  idPrefix?: string;
  disabled?: boolean;
  /** Extra fields rendered above the schema's fields. */
  children?: ReactNode;
  /** Errors of those extra fields, listed in the same summary (`id` is the input's id). */
  extraErrors?: { id: string; title: string; message: string }[];
}

const FALLBACK_NODE = (title: string): FormNode => ({ widget: "json", key: null, title, required: false, readOnly: false, secret: false, schema: {}, reason: "The form could not be drawn" });

export function SchemaForm({ schema, defaultValues, secretStatus = {}, serverErrors, submitLabel = "Save", pendingLabel = "Saving…", onSubmit, idPrefix, disabled = false, children, extraErrors = [] }: SchemaFormProps) {
  const reactId = useId();
  const prefix = idPrefix ?? `sf${reactId.replace(/[^\w-]/g, "")}`;
  const model = useMemo(() => buildFormModel(schema), [schema]);
  const [jsonErrors] = useState(() => new Map<string, string>());
  // Schema defaults are shown filled in (the server applies them on save anyway); given values win.
  const publicValues = useMemo(
    () => splitSecrets(schema, withDefaults(initialValue(model), defaultValues ?? {})).publicValues,
    [schema, model, defaultValues],
  );
  const form = useForm<FieldValues>({
    defaultValues: { [ROOT_NAME]: publicValues },
    resolver: schemaResolver(schema, secretStatus, jsonErrors),
    mode: "onSubmit",
    reValidateMode: "onChange",
  });
  const { handleSubmit, setError, formState } = form;

  useEffect(() => {
    for (const e of serverErrors ?? []) setError(toFieldName(e.path), { type: "server", message: e.message });
  }, [serverErrors, setError]);

  const submit = handleSubmit(async (values) => {
    const result = await onSubmit(stripUndefined(values[ROOT_NAME]) as Record<string, unknown>);
    if (result && !result.ok) {
      for (const e of result.fieldErrors ?? []) setError(toFieldName(e.path), { type: "server", message: e.message });
      if (result.error) setError("root.server", { type: "server", message: result.error });
    }
  });

  const ctx: SchemaFormContext = { idPrefix: prefix, secretStatus, disabled: disabled || formState.isSubmitting, jsonErrors };
  const titleOf = (name: string) => fieldTitle(model, name) ?? (name.replace(/^value\.?/, "").replace(/\.(\d+)/g, "[$1]") || "Settings");
  const summary = [
    ...extraErrors.map((e) => ({ key: e.id, href: `#${e.id}`, title: e.title, message: e.message })),
    ...flattenErrors(formState.errors)
      .filter((e) => e.name !== "root.server")
      .map((e) => ({ key: e.name, href: `#${prefix}-${e.name.replace(/\./g, "-").replace(/[^\w-]/g, "_")}`, title: titleOf(e.name), message: e.message })),
  ];
  const rootError = formState.errors.root?.server?.message;

  return (
    <FormProvider {...form}>
      <FormCtx.Provider value={ctx}>
        <form noValidate onSubmit={submit} className="space-y-6" aria-describedby={summary.length ? `${prefix}-summary` : undefined}>
          <div id={`${prefix}-summary`} role="alert" aria-live="polite">
            {(summary.length > 0 || rootError) && (
              <div className="rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-800">
                <p className="font-medium">{rootError ?? `Please correct ${summary.length === 1 ? "1 field" : `${summary.length} fields`}.`}</p>
                {summary.length > 0 && (
                  <ul className="mt-1 list-disc pl-5">
                    {summary.map((e) => (
                      <li key={e.key}>
                        <a className="underline" href={e.href}>{e.title}</a>: {e.message}
                      </li>
                    ))}
                  </ul>
                )}
              </div>
            )}
          </div>
          {children}
          <FormErrorBoundary fallback={<JsonField node={FALLBACK_NODE("Settings (JSON)")} segments={[]} />}>
            <SchemaField node={model} segments={[]} />
          </FormErrorBoundary>
          <div className="flex justify-end">
            <button type="submit" className={primaryButtonClass} disabled={disabled || formState.isSubmitting} aria-busy={formState.isSubmitting || undefined}>
              {formState.isSubmitting ? pendingLabel : submitLabel}
            </button>
          </div>
        </form>
      </FormCtx.Provider>
    </FormProvider>
  );
}

function stripUndefined(value: unknown): unknown {
  return value === undefined ? {} : JSON.parse(JSON.stringify(value));
}

/** `values` over `defaults`, object by object; arrays and scalars from `values` replace. */
function withDefaults(defaults: unknown, values: unknown): unknown {
  if (!isPlainObject(defaults) || !isPlainObject(values)) return values === undefined ? defaults : values;
  const out: Record<string, unknown> = { ...defaults };
  for (const [key, value] of Object.entries(values)) out[key] = withDefaults(defaults[key], value);
  return out;
}
