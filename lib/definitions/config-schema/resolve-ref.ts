import { isSchemaObject, type JsonSchema, type SchemaLike } from "./types";

/** Looks up a local `$ref` ("#/$defs/x", "#/definitions/x", "#") in the root schema. */
export function resolveLocalRef(root: JsonSchema, ref: string): SchemaLike | undefined {
  if (ref === "#") return root;
  if (!ref.startsWith("#/")) return findAnchor(root, ref);
  let cursor: unknown = root;
  for (const raw of ref.slice(2).split("/")) {
    const key = decodeURIComponent(raw).replace(/~1/g, "/").replace(/~0/g, "~");
    if (cursor === null || typeof cursor !== "object") return undefined;
    cursor = (cursor as Record<string, unknown>)[key];
  }
  return typeof cursor === "boolean" || isSchemaObject(cursor) ? cursor : undefined;
}

/** `#name` anchors and `$id`-named definitions; anything else is treated as unresolvable. */
function findAnchor(root: JsonSchema, ref: string): SchemaLike | undefined {
  const name = ref.startsWith("#") ? ref.slice(1) : ref;
  for (const bag of [root.$defs, root.definitions]) {
    if (!isSchemaObject(bag)) continue;
    for (const def of Object.values(bag)) {
      if (isSchemaObject(def) && (def.$anchor === name || def.$id === ref || def.$id === name)) return def;
    }
  }
  return undefined;
}

/**
 * Follows `$ref` chains and merges the sibling keywords over the target, which is what a
 * form needs ("title"/"description" next to a `$ref` override the shared definition's).
 * Returns undefined for a missing reference or a cycle of bare references.
 */
export function derefSchema(root: JsonSchema, node: SchemaLike): SchemaLike | undefined {
  let current: SchemaLike = node;
  const seen = new Set<string>();
  while (isSchemaObject(current) && typeof current.$ref === "string") {
    const ref = current.$ref;
    if (seen.has(ref)) return undefined;
    seen.add(ref);
    const target = resolveLocalRef(root, ref);
    if (target === undefined) return undefined;
    const { $ref: _ignored, ...siblings } = current;
    void _ignored;
    if (typeof target === "boolean") return Object.keys(siblings).length ? siblings : target;
    current = { ...target, ...siblings };
  }
  return current;
}
