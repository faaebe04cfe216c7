"use client";

import type { FormNode } from "@/lib/definitions/config-schema/form-model";
import type { PathSegment } from "@/lib/definitions/config-schema/types";
import { JsonField } from "./json-field";
import { PrimitiveField } from "./primitive-field";
import { ArrayField, ChoiceField, ObjectField } from "./structure-fields";

export function SchemaField({ node, segments }: { node: FormNode; segments: PathSegment[] }) {
  if (node.hidden) return null;
  switch (node.widget) {
    case "object":
      return <ObjectField node={node} segments={segments} />;
    case "array":
      return <ArrayField node={node} segments={segments} />;
    case "choice":
      return <ChoiceField node={node} segments={segments} />;
    case "json":
      return <JsonField node={node} segments={segments} />;
    default:
      return <PrimitiveField node={node} segments={segments} />;
  }
}
