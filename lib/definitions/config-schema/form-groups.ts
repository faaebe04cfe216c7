import type { FieldGroup, FormNode } from "./form-model-types";
import { derefSchema } from "./resolve-ref";
import { isSchemaObject, type JsonSchema, type SchemaLike } from "./types";

/**
 * Field order: the Airbyte-style `order` keyword on properties (lower first; fields without
 * it keep their place after those with it), else declaration order. An object-level
 * `fieldsets: [{ title, description, fields: [...] }]` (Djblets Meta.fieldsets) groups
 * fields; fields not listed go to a trailing untitled group.
 */
export function orderedGroups(root: JsonSchema, schema: JsonSchema, props: Record<string, SchemaLike>, fields: Map<string, FormNode>): FieldGroup[] {
  const orderOf = (name: string): number => {
    const p = derefSchema(root, props[name]);
    return isSchemaObject(p) && typeof p.order === "number" ? p.order : Number.POSITIVE_INFINITY;
  };
  const names = [...fields.keys()]
    .map((name, index) => ({ name, index, order: orderOf(name) }))
    .sort((a, b) => a.order - b.order || a.index - b.index)
    .map((x) => x.name);

  const groups: FieldGroup[] = [];
  const placed = new Set<string>();
  if (Array.isArray(schema.fieldsets)) {
    for (const set of schema.fieldsets) {
      if (!isSchemaObject(set) || !Array.isArray(set.fields)) continue;
      const members = set.fields.filter((f): f is string => typeof f === "string" && fields.has(f) && !placed.has(f));
      members.forEach((m) => placed.add(m));
      groups.push({
        title: typeof set.title === "string" ? set.title : undefined,
        description: typeof set.description === "string" ? set.description : undefined,
        fields: members.map((m) => fields.get(m) as FormNode),
      });
    }
  }
  const rest = names.filter((n) => !placed.has(n));
  if (rest.length > 0 || groups.length === 0) groups.push({ fields: rest.map((n) => fields.get(n) as FormNode) });
  return groups;
}
