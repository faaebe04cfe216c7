"use client";

import { useEffect, useState } from "react";
import { useController } from "react-hook-form";
import type { FormNode } from "@/lib/definitions/config-schema/form-model";
import type { PathSegment } from "@/lib/definitions/config-schema/types";
import { describedBy, FieldShell } from "./field-shell";
import { fieldId, fieldName, useSchemaFormContext } from "./form-context";
import { inputClass } from "./styles";

/** Editor for parts of a schema the form cannot draw as fields (and the crash fallback). */
export function JsonField({ node, segments }: { node: FormNode; segments: PathSegment[] }) {
  const ctx = useSchemaFormContext();
  const name = fieldName(segments);
  const {
    field: { ref, onBlur, onChange, value },
    fieldState,
  } = useController({ name });
  const id = fieldId(ctx.idPrefix, segments);
  const [text, setText] = useState(() => (value === undefined ? "" : JSON.stringify(value, null, 2)));
  const [parseError, setParseError] = useState<string | null>(null);
  useEffect(() => () => void ctx.jsonErrors.delete(name), [ctx.jsonErrors, name]);
  const error = parseError ?? fieldState.error?.message;
  const help = "Enter JSON.";
  return (
    <FieldShell node={node} id={id} error={error} extraHelp={help}>
      <textarea
        id={id}
        name={name}
        ref={ref}
        rows={6}
        spellCheck={false}
        className={`${inputClass} font-mono text-xs`}
        disabled={ctx.disabled || node.readOnly}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, node, error, help)}
        value={text}
        onBlur={onBlur}
        onChange={(e) => {
          setText(e.target.value);
          if (e.target.value.trim() === "") {
            setParseError(null);
            ctx.jsonErrors.delete(name);
            onChange(undefined);
            return;
          }
          try {
            onChange(JSON.parse(e.target.value));
            setParseError(null);
            ctx.jsonErrors.delete(name);
          } catch (err) {
            const message = `Not valid JSON: ${err instanceof Error ? err.message : "parse error"}`;
            setParseError(message);
            ctx.jsonErrors.set(name, message);
          }
        }}
      />
    </FieldShell>
  );
}
