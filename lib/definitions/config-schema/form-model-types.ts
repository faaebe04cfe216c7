import type { JsonSchema } from "./types";

export type StringWidget = "text" | "email" | "url" | "password" | "textarea" | "date" | "datetime";
export type Widget =
  | StringWidget
  | "number"
  | "integer"
  | "checkbox"
  | "select"
  | "const"
  | "object"
  | "array"
  | "multiselect"
  | "choice"
  | "json";

interface NodeBase {
  /** Property name; null for the root, an array item or a union branch. */
  key: string | null;
  title: string;
  description?: string;
  placeholder?: string;
  default?: unknown;
  required: boolean;
  readOnly: boolean;
  secret: boolean;
  /** A constant that tells union branches apart: set automatically, not shown. */
  hidden?: boolean;
  /** The node's schema with `$ref` resolved (constraints are read from here). */
  schema: JsonSchema;
}

export interface StringNode extends NodeBase {
  widget: StringWidget;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
}
export interface NumberNode extends NodeBase {
  widget: "number" | "integer";
  minimum?: number;
  maximum?: number;
  step?: number;
}
export interface CheckboxNode extends NodeBase {
  widget: "checkbox";
}
export interface SelectOption {
  label: string;
  value: unknown;
}
export interface SelectNode extends NodeBase {
  widget: "select";
  options: SelectOption[];
}
export interface MultiSelectNode extends NodeBase {
  widget: "multiselect";
  options: SelectOption[];
}
export interface ConstNode extends NodeBase {
  widget: "const";
  value: unknown;
}
export interface FieldGroup {
  title?: string;
  description?: string;
  fields: FormNode[];
}
export interface ObjectNode extends NodeBase {
  widget: "object";
  groups: FieldGroup[];
}
export interface ArrayNode extends NodeBase {
  widget: "array";
  item: FormNode;
  minItems?: number;
  maxItems?: number;
}
export interface ChoiceBranch {
  title: string;
  description?: string;
  node: ObjectNode;
  /** Constant properties of this branch, e.g. `{ auth_type: "oauth2" }`. */
  constants: Record<string, unknown>;
}
export interface ChoiceNode extends NodeBase {
  widget: "choice";
  branches: ChoiceBranch[];
  /** The property every branch sets to its own constant, when there is one. */
  discriminator?: string;
}
export interface JsonNode extends NodeBase {
  widget: "json";
  /** Why the form falls back to a JSON editor here (shown to developers in the help text). */
  reason: string;
}

export type FormNode =
  | StringNode
  | NumberNode
  | CheckboxNode
  | SelectNode
  | MultiSelectNode
  | ConstNode
  | ObjectNode
  | ArrayNode
  | ChoiceNode
  | JsonNode;
