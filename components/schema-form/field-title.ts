import type { FormNode } from "@/lib/definitions/config-schema/form-model";

/** The label a form field shows, for an error name like `value.contact.firstName`; null if not found. */
export function fieldTitle(model: FormNode, name: string): string | null {
  const segments = name.replace(/^value\.?/, "").split(".").filter(Boolean);
  let node: FormNode | undefined = model;
  const titles: string[] = [];
  for (const segment of segments) {
    node = childOf(node, segment);
    if (!node) return null;
    if (node.title) titles.push(node.title);
  }
  return titles.length > 0 ? titles.join(" › ") : null;
}

function childOf(node: FormNode, segment: string): FormNode | undefined {
  if (node.widget === "object") {
    for (const group of node.groups) {
      const found = group.fields.find((field) => field.key === segment);
      if (found) return found;
    }
    return undefined;
  }
  if (node.widget === "array" && /^\d+$/.test(segment)) return { ...node.item, title: `${node.item.title || "Item"} ${Number(segment) + 1}` };
  if (node.widget === "choice") {
    for (const branch of node.branches) {
      const found = childOf(branch.node, segment);
      if (found) return found;
    }
  }
  return undefined;
}
