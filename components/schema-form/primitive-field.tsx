"use client";

import { useController } from "react-hook-form";
import type { FormNode } from "@/lib/definitions/config-schema/form-model";
import { formatPath } from "@/lib/definitions/config-schema/json-path";
import { isSecretClear, SECRET_CLEAR } from "@/lib/definitions/config-schema/secrets";
import type { PathSegment } from "@/lib/definitions/config-schema/types";
import { isoToLocalInput, localInputToIso } from "./date-codec";
import { describedBy, FieldShell } from "./field-shell";
import { fieldId, fieldName, useSchemaFormContext } from "./form-context";
import { buttonClass, inputClass } from "./styles";

const INPUT_TYPES: Record<string, string> = { text: "text", email: "email", url: "url", password: "password", date: "date", datetime: "datetime-local" };

export function PrimitiveField({ node, segments }: { node: FormNode; segments: PathSegment[] }) {
  const ctx = useSchemaFormContext();
  const { field, fieldState } = useController({ name: fieldName(segments) });
  const id = fieldId(ctx.idPrefix, segments);
  const error = fieldState.error?.message;
  const disabled = ctx.disabled || node.readOnly;
  const isSet = node.secret && ctx.secretStatus[formatPath(segments)] === true;
  const extraHelp = node.widget === "datetime" ? "Times are in UTC." : undefined;
  const common = {
    id,
    name: field.name,
    ref: field.ref,
    onBlur: field.onBlur,
    disabled,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": describedBy(id, node, error, extraHelp),
    "aria-required": node.required || undefined,
  } as const;

  if (node.widget === "checkbox") {
    return (
      <FieldShell node={node} id={id} error={error} inline>
        <input {...common} type="checkbox" className="h-4 w-4 rounded border-zinc-300 text-zinc-900 focus:ring-2 focus:ring-zinc-900/20" checked={field.value === true} onChange={(e) => field.onChange(e.target.checked)} />
      </FieldShell>
    );
  }

  if (node.widget === "select") {
    const index = node.options.findIndex((o) => JSON.stringify(o.value) === JSON.stringify(field.value));
    return (
      <FieldShell node={node} id={id} error={error}>
        <select {...common} className={inputClass} value={index === -1 ? "" : String(index)} onChange={(e) => field.onChange(e.target.value === "" ? undefined : node.options[Number(e.target.value)]?.value)}>
          <option value="">{node.required ? "Choose…" : "(not set)"}</option>
          {node.options.map((o, i) => (
            <option key={i} value={String(i)}>
              {o.label}
            </option>
          ))}
        </select>
      </FieldShell>
    );
  }

  if (node.widget === "multiselect") {
    const selected: unknown[] = Array.isArray(field.value) ? field.value : [];
    return (
      <fieldset className="space-y-1.5" aria-describedby={describedBy(id, node, error)} aria-invalid={error ? true : undefined}>
        <legend className="text-sm font-medium text-zinc-800">{node.title}</legend>
        <div className="flex flex-wrap gap-x-4 gap-y-1">
          {node.options.map((o, i) => {
            const on = selected.some((v) => JSON.stringify(v) === JSON.stringify(o.value));
            return (
              <label key={i} className="flex items-center gap-2 text-sm text-zinc-700">
                <input type="checkbox" id={`${id}-${i}`} disabled={disabled} checked={on} className="h-4 w-4 rounded border-zinc-300" onChange={() => field.onChange(on ? selected.filter((v) => JSON.stringify(v) !== JSON.stringify(o.value)) : [...selected, o.value])} />
                {o.label}
              </label>
            );
          })}
        </div>
        {node.description && <p id={`${id}-help`} className="text-xs text-zinc-500">{node.description}</p>}
        {error && <p id={`${id}-error`} className="text-xs font-medium text-red-600">{error}</p>}
      </fieldset>
    );
  }

  if (node.widget === "const") {
    return (
      <FieldShell node={node} id={id} error={error}>
        <input {...common} type="text" readOnly disabled className={inputClass} value={typeof node.value === "string" ? node.value : JSON.stringify(node.value)} />
      </FieldShell>
    );
  }

  if (node.widget === "number" || node.widget === "integer") {
    return (
      <FieldShell node={node} id={id} error={error}>
        <input
          {...common}
          type="number"
          inputMode={node.widget === "integer" ? "numeric" : "decimal"}
          className={inputClass}
          min={node.minimum}
          max={node.maximum}
          step={node.step ?? "any"}
          placeholder={node.placeholder ?? defaultHint(node.default)}
          value={typeof field.value === "number" ? String(field.value) : ""}
          // Empty means "not given", never 0 or NaN.
          onChange={(e) => field.onChange(e.target.value === "" || Number.isNaN(e.target.valueAsNumber) ? undefined : e.target.valueAsNumber)}
        />
      </FieldShell>
    );
  }

  if (node.secret) {
    const cleared = isSecretClear(field.value);
    const badge = isSet ? <span className="rounded-full bg-emerald-50 px-2 py-0.5 text-xs font-medium text-emerald-700 ring-1 ring-emerald-600/20">{cleared ? "Will be removed" : "Set"}</span> : undefined;
    return (
      <FieldShell node={node} id={id} error={error} badge={badge}>
        <div className="flex gap-2">
          <input
            {...common}
            type="password"
            autoComplete="new-password"
            className={inputClass}
            placeholder={isSet ? "Leave blank to keep the current value" : node.placeholder}
            value={typeof field.value === "string" ? field.value : ""}
            disabled={disabled || cleared}
            onChange={(e) => field.onChange(e.target.value === "" ? undefined : e.target.value)}
          />
          {isSet && !node.required && (
            <button type="button" className={buttonClass} disabled={disabled} onClick={() => field.onChange(cleared ? undefined : { ...SECRET_CLEAR })}>
              {cleared ? "Keep" : "Remove"}
              <span className="sr-only"> {node.title}</span>
            </button>
          )}
        </div>
      </FieldShell>
    );
  }

  const text = typeof field.value === "string" ? field.value : "";
  const onText = (v: string) => field.onChange(v === "" ? undefined : v);
  if (node.widget === "textarea") {
    return (
      <FieldShell node={node} id={id} error={error}>
        <textarea {...common} rows={4} className={inputClass} placeholder={node.placeholder} value={text} onChange={(e) => onText(e.target.value)} />
      </FieldShell>
    );
  }
  if (node.widget === "datetime") {
    return (
      <FieldShell node={node} id={id} error={error} extraHelp="Times are in UTC.">
        <input {...common} type="datetime-local" className={inputClass} value={isoToLocalInput(field.value)} onChange={(e) => field.onChange(localInputToIso(e.target.value))} />
      </FieldShell>
    );
  }
  const s = node.widget === "text" || node.widget === "email" || node.widget === "url" ? node : null;
  return (
    <FieldShell node={node} id={id} error={error} extraHelp={extraHelp}>
      <input {...common} type={INPUT_TYPES[node.widget] ?? "text"} className={inputClass} placeholder={node.placeholder ?? defaultHint(node.default)} minLength={s?.minLength} maxLength={s?.maxLength} value={text} onChange={(e) => onText(e.target.value)} />
    </FieldShell>
  );
}

/** A blank field is filled with the schema's default on save; the placeholder says which. */
function defaultHint(value: unknown): string | undefined {
  if (typeof value !== "string" && typeof value !== "number") return undefined;
  return `Default: ${String(value).replace("{{hubUrl}}", "this hub's address")}`;
}
