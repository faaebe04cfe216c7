import { formatPath, getAt, setAt } from "./json-path";
import { narrowSchema } from "./narrow-schema";
import { detectDialect } from "./ajv";
import { derefSchema } from "./resolve-ref";
import { isPlainObject, isSchemaObject, schemaTypes, type JsonSchema, type PathSegment, type SchemaLike } from "./types";

/** Array items are addressed with this segment in `listSecretPaths`. */
export const ANY_INDEX = "*";

/** Submitted for a secret to remove the stored value (a blank secret keeps it). */
export const SECRET_CLEAR = Object.freeze({ $clear: true as const });

export function isSecretClear(value: unknown): boolean {
  return isPlainObject(value) && value.$clear === true;
}

const SECRET_NAME = /(secret|password|passwd|api[_-]?key|token|private[_-]?key)/i;
// Names that contain a secret word but hold no secret: tokenUrl, token_type, maxTokens…
const NOT_SECRET_NAME = /(url|uri|endpoint|type|expir|ttl|count|length|max|min|limit|header|param|field|name|location)/i;

/**
 * Explicit markers win (`secret`, `airbyte_secret`, `writeOnly`, `format: "password"`,
 * and `secret: false` to opt out). Without a marker a string property counts as secret
 * when its name looks like one, because real schemas (seed 001) mark nothing.
 */
export function isSecretProperty(name: string, schema: SchemaLike | undefined): boolean {
  if (!isSchemaObject(schema)) return false;
  if (schema.secret === false) return false;
  if (schema.secret === true || schema.airbyte_secret === true || schema.writeOnly === true) return true;
  if (schema.format === "password") return true;
  const types = schemaTypes(schema);
  if (!types.includes("string") || "enum" in schema || "const" in schema) return false;
  if (typeof schema.format === "string" && schema.format !== "password") return false;
  return SECRET_NAME.test(name) && !NOT_SECRET_NAME.test(name);
}

/**
 * Paths of secret values, through nested objects, `$ref`, allOf/oneOf/anyOf branches and
 * array items (`*`). Maps (additionalProperties, patternProperties) are not searched.
 */
export function listSecretPaths(schema: unknown): PathSegment[][] {
  if (!isSchemaObject(schema)) return [];
  const found = new Map<string, PathSegment[]>();
  walk(schema, schema, [], new Set(), found);
  return [...found.values()];
}

function walk(root: JsonSchema, node: SchemaLike, path: PathSegment[], refs: Set<string>, found: Map<string, PathSegment[]>): void {
  if (!isSchemaObject(node)) return;
  let current: SchemaLike | undefined = node;
  if (typeof node.$ref === "string") {
    if (refs.has(node.$ref)) return;
    refs = new Set(refs).add(node.$ref);
    current = derefSchema(root, node);
  }
  if (!isSchemaObject(current)) return;
  if (isSchemaObject(current.properties)) {
    for (const [key, sub] of Object.entries(current.properties)) {
      const resolved = derefSchema(root, sub as SchemaLike);
      if (isSecretProperty(key, resolved)) found.set(formatPath([...path, key]), [...path, key]);
      else walk(root, sub as SchemaLike, [...path, key], refs, found);
    }
  }
  for (const keyword of ["allOf", "oneOf", "anyOf"]) {
    const branches = current[keyword];
    if (Array.isArray(branches)) for (const b of branches) walk(root, b as SchemaLike, path, refs, found);
  }
  for (const keyword of ["then", "else"]) if (isSchemaObject(current[keyword])) walk(root, current[keyword] as JsonSchema, path, refs, found);
  if (isSchemaObject(current.items)) walk(root, current.items, [...path, ANY_INDEX], refs, found);
  const tuple = Array.isArray(current.prefixItems) ? current.prefixItems : Array.isArray(current.items) ? current.items : [];
  tuple.forEach((item, i) => walk(root, item as SchemaLike, [...path, i], refs, found));
}

/** Turns `*` segments into the indices present in `value`. */
export function expandPath(value: unknown, pattern: readonly PathSegment[]): PathSegment[][] {
  const star = pattern.indexOf(ANY_INDEX);
  if (star === -1) return [[...pattern]];
  const head = pattern.slice(0, star);
  const list = getAt(value, head);
  if (!Array.isArray(list)) return [];
  return list.flatMap((_, i) => expandPath(value, [...head, i, ...pattern.slice(star + 1)]));
}

function isBlank(value: unknown): boolean {
  return value === undefined || value === null || value === "";
}

function deleteAt(target: unknown, path: readonly PathSegment[]): void {
  const parent = getAt(target, path.slice(0, -1));
  if (isPlainObject(parent)) delete parent[String(path[path.length - 1])];
  else if (Array.isArray(parent)) parent[Number(path[path.length - 1])] = undefined;
}

/** Separates secret leaves (`secretValues`, same nesting) from everything else. */
export function splitSecrets(schema: unknown, values: unknown): { publicValues: Record<string, unknown>; secretValues: Record<string, unknown> } {
  const publicValues: Record<string, unknown> = isPlainObject(values) ? structuredClone(values) : {};
  const secretValues: Record<string, unknown> = {};
  for (const pattern of listSecretPaths(schema)) {
    for (const path of expandPath(publicValues, pattern)) {
      const v = getAt(publicValues, path);
      if (v === undefined) continue;
      setAt(secretValues, path, structuredClone(v));
      deleteAt(publicValues, path);
    }
  }
  return { publicValues, secretValues };
}

function leaves(value: unknown, path: PathSegment[] = [], out: PathSegment[][] = []): PathSegment[][] {
  if (isSecretClear(value) || !(isPlainObject(value) || Array.isArray(value))) {
    if (path.length > 0) out.push(path);
    return out;
  }
  if (Array.isArray(value)) value.forEach((v, i) => leaves(v, [...path, i], out));
  else for (const [k, v] of Object.entries(value)) leaves(v, [...path, k], out);
  return out;
}

/** A stored secret inside an array item comes back only while that item still exists. */
function arrayAncestorsExist(target: unknown, path: readonly PathSegment[]): boolean {
  return path.every((seg, i) => {
    if (typeof seg !== "number") return true;
    const list = getAt(target, path.slice(0, i));
    return Array.isArray(list) && seg < list.length;
  });
}

/**
 * Builds the config to store. A submitted secret that is blank keeps the stored one; a
 * submitted `{ "$clear": true }` removes it; anything else replaces it. With `schema`,
 * stored secrets that no longer belong to the chosen oneOf/anyOf branch are dropped.
 */
export function mergeSecrets(
  publicValues: unknown,
  storedSecrets: unknown,
  submittedSecrets: unknown,
  schema?: unknown,
): Record<string, unknown> {
  const result: Record<string, unknown> = isPlainObject(publicValues) ? structuredClone(publicValues) : {};
  const handled = new Set<string>();
  for (const path of leaves(submittedSecrets)) {
    const v = getAt(submittedSecrets, path);
    if (isSecretClear(v)) handled.add(formatPath(path));
    else if (!isBlank(v)) {
      handled.add(formatPath(path));
      setAt(result, path, structuredClone(v));
    }
  }
  let allowed: Set<string> | null = null;
  if (isSchemaObject(schema)) {
    const narrowed = narrowSchema(schema, result, detectDialect(schema));
    allowed = new Set(listSecretPaths(narrowed).flatMap((p) => expandPath(result, p)).map(formatPath));
  }
  for (const path of leaves(storedSecrets)) {
    const key = formatPath(path);
    const v = getAt(storedSecrets, path);
    if (handled.has(key) || isBlank(v) || isSecretClear(v)) continue;
    if (allowed && !isUnder(key, allowed)) continue;
    if (!arrayAncestorsExist(result, path)) continue;
    setAt(result, path, structuredClone(v));
  }
  return result;
}

function isUnder(key: string, allowed: Set<string>): boolean {
  for (const a of allowed) if (key === a || key.startsWith(`${a}.`) || key.startsWith(`${a}[`)) return true;
  return false;
}

/** Which secrets have a stored value, keyed by path (`auth.apiKey`, `headers[0].value`). */
export function secretStatus(schema: unknown, storedSecrets: unknown): Record<string, boolean> {
  const status: Record<string, boolean> = {};
  for (const pattern of listSecretPaths(schema)) {
    for (const path of expandPath(storedSecrets, pattern)) status[formatPath(path)] = !isBlank(getAt(storedSecrets, path));
  }
  return status;
}
