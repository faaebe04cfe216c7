import type { Dialect } from "./ajv";
import { isObjectUnion, selectBranch } from "./branch";
import { resolveLocalRef } from "./resolve-ref";
import { isPlainObject, isSchemaObject, type JsonSchema, type SchemaLike } from "./types";

const MAX_BARE_REFS = 32;

/**
 * Replaces every oneOf/anyOf of objects by the one branch the data belongs to (an `allOf`
 * holding that branch). Ajv then reports the chosen branch's own errors ("Required" on the
 * missing field) instead of every branch's failures, and applies the chosen branch's defaults.
 * Parts of the schema the data does not reach are returned unchanged (same object).
 */
export function narrowSchema(root: JsonSchema, data: unknown, dialect: Dialect): JsonSchema {
  if (JSON.stringify(root).includes('"$id"') && hasNestedId(root)) return root;
  const out = narrow(root, root, data, dialect, 0);
  return isSchemaObject(out) ? out : root;
}

function hasNestedId(root: JsonSchema): boolean {
  const { $id: _rootId, ...rest } = root;
  void _rootId;
  return JSON.stringify(rest).includes('"$id"');
}

function narrow(root: JsonSchema, node: SchemaLike, data: unknown, dialect: Dialect, bareRefs: number): SchemaLike {
  if (!isSchemaObject(node) || data === undefined) return node;
  if (typeof node.$ref === "string") {
    if (bareRefs > MAX_BARE_REFS) return node;
    const target = resolveLocalRef(root, node.$ref);
    if (target === undefined) return node;
    const narrowedTarget = narrow(root, target, data, dialect, bareRefs + 1);
    if (narrowedTarget === target) return node;
    const { $ref: _ref, ...rest } = node;
    void _ref;
    const restNarrowed = narrowKeywords(root, rest, data, dialect);
    return { ...restNarrowed, allOf: [...asArray(restNarrowed.allOf), narrowedTarget] };
  }
  return narrowKeywords(root, node, data, dialect);
}

function narrowKeywords(root: JsonSchema, node: JsonSchema, data: unknown, dialect: Dialect): JsonSchema {
  let copy: JsonSchema | null = null;
  const edit = (): JsonSchema => (copy ??= { ...node });

  if (isPlainObject(data)) {
    if (isSchemaObject(node.properties)) {
      let props: Record<string, SchemaLike> | null = null;
      for (const [key, sub] of Object.entries(node.properties as Record<string, SchemaLike>)) {
        const n = narrow(root, sub, data[key], dialect, 0);
        if (n !== sub) (props ??= { ...(node.properties as Record<string, SchemaLike>) })[key] = n;
      }
      if (props) edit().properties = props;
    }
    for (const keyword of ["oneOf", "anyOf"] as const) {
      const branches = node[keyword];
      if (!Array.isArray(branches) || !isObjectUnion(root, branches as SchemaLike[])) continue;
      const chosen = branches[selectBranch(root, branches as SchemaLike[], data)] as SchemaLike;
      const target = edit();
      delete target[keyword];
      target.allOf = [...asArray(target.allOf), narrow(root, chosen, data, dialect, 0)];
    }
  }
  if (Array.isArray(node.allOf)) {
    const members = node.allOf as SchemaLike[];
    const narrowed = members.map((m) => narrow(root, m, data, dialect, 0));
    if (narrowed.some((n, i) => n !== members[i])) {
      const target = edit();
      target.allOf = [...narrowed, ...asArray(target.allOf).slice(members.length)];
    }
  }
  if (Array.isArray(data) && isSchemaObject(node.items) && node.prefixItems === undefined) {
    const items = node.items;
    const perItem = data.map((d) => narrow(root, items, d, dialect, 0));
    if (perItem.some((n) => n !== items)) {
      const target = edit();
      if (dialect === "draft-07") {
        target.items = perItem;
        target.additionalItems = items;
      } else {
        target.prefixItems = perItem;
      }
    }
  }
  return copy ?? node;
}

function asArray(value: unknown): SchemaLike[] {
  return Array.isArray(value) ? (value as SchemaLike[]) : [];
}
