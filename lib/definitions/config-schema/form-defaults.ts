import type { FormNode } from "./form-model-types";
import { isPlainObject } from "./types";

/** The value a new array item or a newly chosen union branch starts with. */
export function initialValue(node: FormNode): unknown {
  if (node.default !== undefined) return structuredClone(node.default);
  switch (node.widget) {
    case "const":
      return node.value;
    case "object": {
      const out: Record<string, unknown> = {};
      for (const group of node.groups) {
        for (const field of group.fields) {
          if (field.key === null) continue;
          const v = field.widget === "object" || field.widget === "choice" || field.required ? initialValue(field) : field.default;
          if (v !== undefined) out[field.key] = structuredClone(v);
        }
      }
      return out;
    }
    case "choice": {
      const first = node.branches[0];
      return first ? initialValue(first.node) : {};
    }
    case "array":
    case "multiselect":
      return [];
    default:
      return undefined;
  }
}

/** Value for switching a union to branch `branch`: keeps fields the new branch also has. */
export function switchBranchValue(node: FormNode, branch: number, current: unknown): unknown {
  if (node.widget !== "choice") return current;
  const target = node.branches[branch];
  if (!target) return current;
  const fresh = initialValue(target.node) as Record<string, unknown>;
  if (!isPlainObject(current)) return fresh;
  const keep = new Set(target.node.groups.flatMap((g) => g.fields.filter((f) => !f.hidden && !f.secret).map((f) => f.key)));
  for (const [k, v] of Object.entries(current)) if (keep.has(k) && v !== undefined) fresh[k] = v;
  return fresh;
}
