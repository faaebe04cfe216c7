import { derefSchema } from "./resolve-ref";
import { isPlainObject, isSchemaObject, schemaTypes, type JsonSchema, type SchemaLike } from "./types";

/** A property whose value tells the union branches apart, e.g. `auth_type: { const: "oauth" }`. */
export function constValueOf(schema: SchemaLike | undefined): { found: boolean; value?: unknown } {
  if (!isSchemaObject(schema)) return { found: false };
  if ("const" in schema) return { found: true, value: schema.const };
  if (Array.isArray(schema.enum) && schema.enum.length === 1) return { found: true, value: schema.enum[0] };
  return { found: false };
}

/** Properties of a branch (after `$ref`) that carry a constant. */
export function discriminators(root: JsonSchema, branch: SchemaLike): Record<string, unknown> {
  const resolved = derefSchema(root, branch);
  const out: Record<string, unknown> = {};
  if (!isSchemaObject(resolved) || !isSchemaObject(resolved.properties)) return out;
  for (const [key, prop] of Object.entries(resolved.properties)) {
    const c = constValueOf(derefSchema(root, prop as SchemaLike));
    if (c.found) out[key] = c.value;
  }
  return out;
}

/** True when every branch describes an object, so the union can be shown as a choice of groups. */
export function isObjectUnion(root: JsonSchema, branches: readonly SchemaLike[]): boolean {
  return (
    branches.length > 0 &&
    branches.every((b) => {
      const r = derefSchema(root, b);
      if (!isSchemaObject(r)) return false;
      const types = schemaTypes(r);
      return types.includes("object") || (types.length === 0 && isSchemaObject(r.properties));
    })
  );
}

/**
 * Picks the branch that the value belongs to: first by constant discriminators, then by how
 * well the value's keys fit each branch. Ties go to the earlier branch.
 */
export function selectBranch(root: JsonSchema, branches: readonly SchemaLike[], value: unknown): number {
  if (!isPlainObject(value) || branches.length === 0) return 0;
  for (let i = 0; i < branches.length; i++) {
    const d = discriminators(root, branches[i]);
    const keys = Object.keys(d);
    if (keys.length > 0 && keys.every((k) => JSON.stringify(value[k]) === JSON.stringify(d[k]))) return i;
  }
  let best = 0;
  let bestScore = -Infinity;
  branches.forEach((branch, i) => {
    const r = derefSchema(root, branch);
    if (!isSchemaObject(r)) return;
    const props = isSchemaObject(r.properties) ? r.properties : {};
    const required = Array.isArray(r.required) ? r.required.filter((k): k is string => typeof k === "string") : [];
    const d = discriminators(root, branch);
    let score = 0;
    for (const k of required) score += k in value ? 2 : -3;
    for (const k of Object.keys(value)) {
      if (k in props) score += 1;
      else if (r.additionalProperties === false) score -= 1;
      if (k in d && JSON.stringify(value[k]) !== JSON.stringify(d[k])) score -= 10;
    }
    if (score > bestScore) {
      bestScore = score;
      best = i;
    }
  });
  return best;
}
