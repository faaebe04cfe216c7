/** A JSON Schema node as stored in a definition: an object, or `true`/`false`. */
export type JsonSchema = { [keyword: string]: unknown };
export type SchemaLike = JsonSchema | boolean;

/** One step into a JSON value: a property name or an array index. */
export type PathSegment = string | number;

export interface FieldError {
  /** Operator-facing path such as `auth.apiKey` or `headers[2].name`; "" for the whole value. */
  path: string;
  /** JSON Pointer to the same place, e.g. `/headers/2/name`. */
  pointer: string;
  message: string;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function isSchemaObject(value: unknown): value is JsonSchema {
  return isPlainObject(value);
}

/** Types listed by `type`, which may be a string or an array of strings. */
export function schemaTypes(schema: JsonSchema): string[] {
  const t = schema.type;
  if (typeof t === "string") return [t];
  if (Array.isArray(t)) return t.filter((x): x is string => typeof x === "string");
  return [];
}
