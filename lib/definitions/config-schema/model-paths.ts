import type { FormNode } from "./form-model-types";
import { formatPath } from "./json-path";
import type { PathSegment } from "./types";

/**
 * Flattens a form model to `path → node` for tests and tooling. Array items use `[*]`;
 * fields inside union branch `i` are written `union#i.field`.
 */
export function flattenModel(node: FormNode, prefix: PathSegment[] = [], out = new Map<string, FormNode>(), label = ""): Map<string, FormNode> {
  const here = label || formatPath(prefix);
  out.set(here, node);
  const join = (key: string) => (here === "" ? formatPath([key]) : `${here}${formatPath(["x", key]).slice(1)}`);
  if (node.widget === "object") {
    for (const g of node.groups) for (const f of g.fields) if (f.key !== null) flattenModel(f, [...prefix, f.key], out, join(f.key));
  } else if (node.widget === "array") {
    flattenModel(node.item, [...prefix, "*"], out, `${here}[*]`);
  } else if (node.widget === "choice") {
    node.branches.forEach((b, i) => {
      for (const g of b.node.groups) for (const f of g.fields) if (f.key !== null) flattenModel(f, [...prefix, f.key], out, `${here}#${i}${formatPath(["x", f.key]).slice(1)}`);
    });
  }
  return out;
}
