import type { ErrorObject, ValidateFunction } from "ajv";
import { createAjv, detectDialect, type Dialect } from "./ajv";
import { plainMessage } from "./error-messages";
import { formatPath, pointerToSegments, segmentsToPointer } from "./json-path";
import { narrowSchema } from "./narrow-schema";
import { isSchemaObject, type FieldError, type JsonSchema, type PathSegment } from "./types";

export type ValidationResult<T = unknown> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

const CACHE_LIMIT = 200;
const cache = new Map<string, ValidateFunction>();
const ajvByDialect = new Map<Dialect, ReturnType<typeof createAjv>>();

function compile(schema: JsonSchema, dialect: Dialect): ValidateFunction {
  const key = dialect + JSON.stringify(schema);
  const hit = cache.get(key);
  if (hit) return hit;
  let ajv = ajvByDialect.get(dialect);
  if (!ajv) ajvByDialect.set(dialect, (ajv = createAjv(dialect)));
  // A schema's `$id` may repeat across definitions; compile such schemas on a fresh instance.
  const fn = typeof schema.$id === "string" ? createAjv(dialect).compile(schema) : ajv.compile(schema);
  if (cache.size >= CACHE_LIMIT) {
    // Ajv keeps every compiled schema; dropping the instances frees them as well.
    cache.clear();
    ajvByDialect.clear();
  }
  cache.set(key, fn);
  return fn;
}

/**
 * Validates `data` against a JSON Schema (2020-12, or draft-07 style). Defaults are filled in
 * on a deep copy, which is returned as `value`. Every failing field is reported with a plain
 * message and its path (`auth.apiKey`, `headers[2].name`).
 */
export function validateAgainstSchema<T = unknown>(schema: unknown, data: unknown): ValidationResult<T> {
  if (schema === true || schema === undefined) return { ok: true, value: clone(data) as T };
  if (!isSchemaObject(schema)) {
    return { ok: false, errors: [{ path: "", pointer: "", message: "The settings schema of this integration is not valid" }] };
  }
  const value = clone(data);
  const dialect = detectDialect(schema);
  let validate: ValidateFunction;
  try {
    validate = compile(narrowSchema(schema, value, dialect), dialect);
  } catch {
    return { ok: false, errors: [{ path: "", pointer: "", message: "The settings schema of this integration is not valid" }] };
  }
  if (validate(value)) return { ok: true, value: value as T };
  return { ok: false, errors: toFieldErrors(validate.errors ?? [], value) };
}

export function toFieldErrors(errors: readonly ErrorObject[], data: unknown): FieldError[] {
  const out: FieldError[] = [];
  const seen = new Set<string>();
  // Errors inside a union that could not be narrowed (e.g. oneOf of plain values) only repeat
  // the union's own error; keep that one.
  const branchNoise = /\/(oneOf|anyOf)\/\d+\//;
  for (const error of errors) {
    if (branchNoise.test(error.schemaPath)) continue;
    const message = plainMessage(error);
    if (message === null) continue;
    const segments: PathSegment[] = pointerToSegments(error.instancePath, data);
    const p = error.params as Record<string, unknown>;
    if (error.keyword === "required" || error.keyword === "dependentRequired" || error.keyword === "dependencies") {
      segments.push(String(p.missingProperty));
    } else if (error.keyword === "additionalProperties" || error.keyword === "unevaluatedProperties") {
      segments.push(String(p.additionalProperty ?? p.unevaluatedProperty));
    }
    const path = formatPath(segments);
    const key = `${path}\u0000${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ path, pointer: segmentsToPointer(segments), message });
  }
  return out;
}

/** Checks that a JSON Schema is itself valid and compiles (missing `$ref` targets, bad patterns…). */
export function compileSchemaErrors(schema: unknown): FieldError[] {
  if (typeof schema === "boolean") return [];
  if (!isSchemaObject(schema)) return [{ path: "", pointer: "", message: "A schema must be a JSON object" }];
  const dialect = detectDialect(schema);
  const ajv = createAjv(dialect);
  const errors: FieldError[] = [];
  if (!ajv.validateSchema(schema)) {
    for (const e of ajv.errors ?? []) {
      const segments = pointerToSegments(e.instancePath, schema);
      errors.push({ path: formatPath(segments), pointer: e.instancePath, message: `${plainMessage(e) ?? "Invalid"} (schema keyword at ${e.instancePath || "the top"})` });
    }
    return errors;
  }
  try {
    ajv.compile(schema);
  } catch (e) {
    errors.push({ path: "", pointer: "", message: `The schema cannot be used: ${e instanceof Error ? e.message : String(e)}` });
  }
  return errors;
}

function clone<T>(data: T): T {
  return data === undefined ? data : (structuredClone(data) as T);
}
