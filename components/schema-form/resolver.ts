import type { FieldErrors, FieldValues, Resolver } from "react-hook-form";
import { isSecretClear } from "@/lib/definitions/config-schema/secrets";
import { parsePath } from "@/lib/definitions/config-schema/json-path";
import { validateAgainstSchema } from "@/lib/definitions/config-schema/validate-config";
import { isPlainObject } from "@/lib/definitions/config-schema/types";
import { fieldName, ROOT_NAME } from "./form-context";

export interface FormError {
  path: string;
  message: string;
}

/** Map an operator path (`headers[2].name`) to a react-hook-form name (`value.headers.2.name`). */
export function toFieldName(path: string): string {
  return path === "" ? ROOT_NAME : fieldName(parsePath(path));
}

/** `{ "$clear": true }` markers are for the server; the browser validates as if the field were empty. */
function withoutClearMarkers(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutClearMarkers);
  if (!isPlainObject(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) if (!isSecretClear(v) && v !== undefined) out[k] = withoutClearMarkers(v);
  return out;
}

export function toRhfErrors(errors: readonly FormError[]): FieldErrors {
  const out: Record<string, unknown> = {};
  for (const e of errors) {
    const parts = toFieldName(e.path).split(".");
    let cursor = out;
    parts.forEach((p, i) => {
      if (i === parts.length - 1) {
        const existing = cursor[p] as Record<string, unknown> | undefined;
        if (!existing?.message) cursor[p] = { ...(existing ?? {}), type: "schema", message: e.message };
      } else {
        const next = cursor[p] as Record<string, unknown> | undefined;
        cursor = (cursor[p] = next ?? {}) as Record<string, unknown>;
      }
    });
  }
  return out as FieldErrors;
}

/**
 * Same Ajv rules as the server. A secret that is already stored may be left blank, so its
 * errors are dropped when it is empty; JSON editors that do not parse add their own error.
 */
export function schemaResolver(schema: object, secretStatus: Record<string, boolean>, jsonErrors: Map<string, string>): Resolver<FieldValues> {
  return async (values) => {
    const raw: unknown = values[ROOT_NAME];
    const result = validateAgainstSchema(schema, withoutClearMarkers(raw ?? {}));
    const errors: FormError[] = result.ok ? [] : result.errors.filter((e) => !(secretStatus[e.path] === true && isBlankAt(raw, e.path)));
    for (const [name, message] of jsonErrors) errors.push({ path: name === ROOT_NAME ? "" : pathFromName(name), message });
    if (errors.length === 0) return { values, errors: {} };
    return { values: {}, errors: toRhfErrors(errors) };
  };
}

function pathFromName(name: string): string {
  return name
    .slice(ROOT_NAME.length + 1)
    .split(".")
    .map((s, i) => (/^\d+$/.test(s) ? `[${s}]` : i === 0 ? s : `.${s}`))
    .join("");
}

function isBlankAt(value: unknown, path: string): boolean {
  let cursor: unknown = value;
  for (const seg of parsePath(path)) cursor = cursor !== null && typeof cursor === "object" ? (cursor as Record<string, unknown>)[String(seg)] : undefined;
  return cursor === undefined || cursor === "" || isSecretClear(cursor);
}

/** Flattens react-hook-form errors into `{ name, message }` for the summary. */
export function flattenErrors(errors: unknown, prefix = ""): { name: string; message: string }[] {
  if (!isPlainObject(errors) && !Array.isArray(errors)) return [];
  const out: { name: string; message: string }[] = [];
  const obj = errors as Record<string, unknown>;
  if (typeof obj.message === "string" && obj.message && prefix) out.push({ name: prefix, message: obj.message });
  for (const [k, v] of Object.entries(obj)) {
    if (k === "message" || k === "type" || k === "ref" || k === "types") continue;
    out.push(...flattenErrors(v, prefix ? `${prefix}.${k}` : k));
  }
  return out;
}
