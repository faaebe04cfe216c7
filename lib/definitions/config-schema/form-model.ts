import { discriminators, isObjectUnion } from "./branch";
import { orderedGroups } from "./form-groups";
import type { ChoiceBranch, FormNode, JsonNode, ObjectNode, SelectOption, StringWidget } from "./form-model-types";
import { humanize } from "./humanize";
import { derefSchema } from "./resolve-ref";
import { isSecretProperty } from "./secrets";
import { isSchemaObject, schemaTypes, type JsonSchema, type SchemaLike } from "./types";

export type * from "./form-model-types";

/** Keywords the form cannot show as fields; the subtree becomes a JSON editor. */
const UNSUPPORTED = ["patternProperties", "if", "then", "else", "not", "dependentSchemas", "propertyNames", "prefixItems", "unevaluatedProperties", "unevaluatedItems", "additionalItems"];
// react-hook-form splits names on "." and "[", and makes arrays of numeric keys.
const AWKWARD_KEY = /[.[\]"']|^\d+$|^$/;

interface Ctx {
  root: JsonSchema;
  refs: ReadonlySet<string>;
}

/** Builds the render model of a settings form from a JSON Schema. Never throws. */
export function buildFormModel(schema: unknown): FormNode {
  if (!isSchemaObject(schema)) return jsonNode(null, {}, false, "The schema is not an object");
  try {
    return buildNode({ root: schema, refs: new Set() }, schema, null, false);
  } catch {
    return jsonNode(null, schema, false, "The schema could not be read");
  }
}

function buildNode(ctx: Ctx, raw: SchemaLike, key: string | null, required: boolean): FormNode {
  if (!isSchemaObject(raw)) return jsonNode(key, {}, required, raw ? "Any value is allowed" : "No value is allowed");
  if (typeof raw.$ref === "string") {
    if (ctx.refs.has(raw.$ref)) return jsonNode(key, raw, required, "The schema refers to itself");
    const resolved = derefSchema(ctx.root, raw);
    if (!isSchemaObject(resolved)) return jsonNode(key, raw, required, `Unresolved reference ${raw.$ref}`);
    return buildNode({ ...ctx, refs: new Set(ctx.refs).add(raw.$ref) }, resolved, key, required);
  }
  const schema = simplify(ctx, raw);
  if (schema === null) return jsonNode(key, raw, required, "allOf of non-object schemas");
  const unsupported = UNSUPPORTED.find((k) => k in schema);
  if (unsupported) return jsonNode(key, schema, required, `Uses "${unsupported}"`);

  const union = (Array.isArray(schema.oneOf) ? schema.oneOf : Array.isArray(schema.anyOf) ? schema.anyOf : null) as SchemaLike[] | null;
  if (union) return unionNode(ctx, schema, union, key, required);
  if ("const" in schema) return { ...base(schema, key, required), widget: "const", value: schema.const };
  if (Array.isArray(schema.enum)) return { ...base(schema, key, required), widget: "select", options: enumOptions(schema) };

  const types = schemaTypes(schema).filter((t) => t !== "null");
  if (types.length > 1) return jsonNode(key, schema, required, `Accepts several types (${types.join(", ")})`);
  const type = types[0] ?? (isSchemaObject(schema.properties) ? "object" : "items" in schema ? "array" : undefined);
  switch (type) {
    case "string":
      return stringNode(schema, key, required);
    case "number":
    case "integer":
      return {
        ...base(schema, key, required),
        widget: type,
        minimum: num(schema.minimum) ?? num(schema.exclusiveMinimum),
        maximum: num(schema.maximum) ?? num(schema.exclusiveMaximum),
        step: num(schema.multipleOf) ?? (type === "integer" ? 1 : undefined),
      };
    case "boolean":
      return { ...base(schema, key, required), widget: "checkbox" };
    case "object":
      return objectNode(ctx, schema, key, required);
    case "array":
      return arrayNode(ctx, schema, key, required);
    default:
      return jsonNode(key, schema, required, "No type given");
  }
}

/** Drops `null` from nullable unions and merges an allOf of objects into one object. */
function simplify(ctx: Ctx, schema: JsonSchema): JsonSchema | null {
  let out = schema;
  for (const keyword of ["oneOf", "anyOf"] as const) {
    const branches = out[keyword];
    if (!Array.isArray(branches)) continue;
    const nonNull = branches.filter((b) => !(isSchemaObject(b) && b.type === "null"));
    if (nonNull.length === branches.length) continue;
    const { [keyword]: _dropped, ...rest } = out;
    void _dropped;
    const only = nonNull.length === 1 ? derefSchema(ctx.root, nonNull[0] as SchemaLike) : undefined;
    out = isSchemaObject(only) ? { ...only, ...rest } : { ...rest, [keyword]: nonNull };
  }
  if (!Array.isArray(out.allOf)) return out;
  const { allOf, ...rest } = out;
  const merged: JsonSchema = { ...rest, properties: { ...(isSchemaObject(rest.properties) ? rest.properties : {}) } };
  const required = new Set(Array.isArray(rest.required) ? rest.required : []);
  for (const member of allOf as SchemaLike[]) {
    const m = derefSchema(ctx.root, member);
    if (!isSchemaObject(m) || "allOf" in m || "oneOf" in m || "anyOf" in m) return null;
    if (isSchemaObject(m.properties)) Object.assign(merged.properties as JsonSchema, m.properties);
    if (Array.isArray(m.required)) m.required.forEach((r) => required.add(r));
    for (const [k, v] of Object.entries(m)) if (!["properties", "required"].includes(k) && !(k in merged)) merged[k] = v;
  }
  merged.required = [...required];
  if (!merged.type && Object.keys(merged.properties as JsonSchema).length) merged.type = "object";
  return merged;
}

function base(schema: JsonSchema, key: string | null, required: boolean) {
  const examples = Array.isArray(schema.examples) ? schema.examples : [];
  const example = examples[0];
  return {
    key,
    title: typeof schema.title === "string" && schema.title ? schema.title : key ? humanize(key) : "",
    description: typeof schema.description === "string" ? schema.description : undefined,
    placeholder: typeof example === "string" || typeof example === "number" ? String(example) : undefined,
    default: schema.default,
    required,
    readOnly: schema.readOnly === true,
    secret: key !== null && isSecretProperty(key, schema),
    schema,
  };
}

function jsonNode(key: string | null, schema: JsonSchema, required: boolean, reason: string): JsonNode {
  return { ...base(schema, key, required), secret: false, widget: "json", reason };
}

function stringNode(schema: JsonSchema, key: string | null, required: boolean): FormNode {
  const b = base(schema, key, required);
  const format = typeof schema.format === "string" ? schema.format : "";
  const maxLength = num(schema.maxLength);
  const byFormat: Record<string, StringWidget> = { email: "email", "idn-email": "email", uri: "url", url: "url", iri: "url", date: "date", "date-time": "datetime", password: "password", textarea: "textarea" };
  let widget: StringWidget = byFormat[format] ?? "text";
  if (widget === "text" && (schema.multiline === true || (maxLength ?? 0) > 255)) widget = "textarea";
  if (b.secret) widget = "password";
  return { ...b, widget, minLength: num(schema.minLength), maxLength, pattern: typeof schema.pattern === "string" ? schema.pattern : undefined };
}

function objectNode(ctx: Ctx, schema: JsonSchema, key: string | null, required: boolean): FormNode {
  const props = isSchemaObject(schema.properties) ? (schema.properties as Record<string, SchemaLike>) : {};
  const names = Object.keys(props);
  const extra = schema.additionalProperties;
  if (names.length === 0 && extra !== false) return jsonNode(key, schema, required, "Free-form object");
  if (isSchemaObject(extra)) return jsonNode(key, schema, required, "Object with extra keys described by additionalProperties");
  const awkward = names.find((n) => AWKWARD_KEY.test(n));
  if (awkward !== undefined) return jsonNode(key, schema, required, `Property name "${awkward}" cannot be a form field`);
  const requiredSet = new Set(Array.isArray(schema.required) ? schema.required : []);
  const fields = new Map(names.map((n) => [n, buildNode(ctx, props[n], n, requiredSet.has(n))]));
  return { ...base(schema, key, required), secret: false, widget: "object", groups: orderedGroups(ctx.root, schema, props, fields) };
}

function arrayNode(ctx: Ctx, schema: JsonSchema, key: string | null, required: boolean): FormNode {
  const b = { ...base(schema, key, required), secret: false, minItems: num(schema.minItems), maxItems: num(schema.maxItems) };
  if (!("items" in schema) || schema.items === true) return jsonNode(key, schema, required, "List of any values");
  const items = derefSchema(ctx.root, schema.items as SchemaLike);
  if (isSchemaObject(items) && Array.isArray(items.enum) && schema.uniqueItems === true) {
    return { ...b, widget: "multiselect", options: enumOptions(items) };
  }
  const item = buildNode(ctx, schema.items as SchemaLike, null, false);
  if (item.widget === "json") return jsonNode(key, schema, required, `List items: ${item.reason}`);
  return { ...b, widget: "array", item };
}

function unionNode(ctx: Ctx, schema: JsonSchema, union: SchemaLike[], key: string | null, required: boolean): FormNode {
  const resolved = union.map((u) => derefSchema(ctx.root, u));
  if (resolved.every((r) => isSchemaObject(r) && "const" in r)) {
    const options = (resolved as JsonSchema[]).map((r) => ({ label: typeof r.title === "string" ? r.title : String(r.const), value: r.const }));
    return { ...base(schema, key, required), widget: "select", options };
  }
  if (!isObjectUnion(ctx.root, union)) return jsonNode(key, schema, required, "Choice between values that are not groups of fields");
  const { oneOf: _o, anyOf: _a, ...outer } = schema;
  void _o;
  void _a;
  const branches: ChoiceBranch[] = [];
  for (const [i, branch] of union.entries()) {
    const constants = discriminators(ctx.root, branch);
    const merged = mergeOuter(outer, resolved[i] as JsonSchema);
    const refs = isSchemaObject(branch) && typeof branch.$ref === "string" ? new Set(ctx.refs).add(branch.$ref) : ctx.refs;
    const node = buildNode({ ...ctx, refs }, merged, null, false);
    if (node.widget !== "object") return jsonNode(key, schema, required, `Option ${i + 1}: ${node.widget === "json" ? node.reason : "not a group of fields"}`);
    hideConstants(node, constants);
    const r = resolved[i] as JsonSchema;
    const firstConst = Object.values(constants)[0];
    branches.push({
      title: typeof r.title === "string" ? r.title : firstConst !== undefined ? humanize(String(firstConst)) : `Option ${i + 1}`,
      description: typeof r.description === "string" ? r.description : undefined,
      node,
      constants,
    });
  }
  const shared = Object.keys(branches[0]?.constants ?? {}).find((k) => branches.every((b) => k in b.constants));
  return { ...base(schema, key, required), secret: false, widget: "choice", branches, discriminator: shared };
}

/** Properties declared next to the union apply to every branch. */
function mergeOuter(outer: JsonSchema, branch: JsonSchema): JsonSchema {
  const props = { ...(isSchemaObject(outer.properties) ? outer.properties : {}), ...(isSchemaObject(branch.properties) ? branch.properties : {}) };
  const required = [...(Array.isArray(outer.required) ? outer.required : []), ...(Array.isArray(branch.required) ? branch.required : [])];
  return { ...branch, type: "object", properties: props, required, title: branch.title, description: branch.description };
}

function hideConstants(node: ObjectNode, constants: Record<string, unknown>): void {
  for (const group of node.groups) for (const field of group.fields) if (field.key !== null && field.key in constants) field.hidden = true;
}

function enumOptions(schema: JsonSchema): SelectOption[] {
  const names = Array.isArray(schema.enumNames) ? schema.enumNames : Array.isArray(schema["x-enumNames"]) ? (schema["x-enumNames"] as unknown[]) : [];
  return (schema.enum as unknown[]).map((value, i) => ({
    label: typeof names[i] === "string" ? (names[i] as string) : value === null ? "(none)" : typeof value === "string" ? value : JSON.stringify(value),
    value,
  }));
}

function num(v: unknown): number | undefined {
  return typeof v === "number" && Number.isFinite(v) ? v : undefined;
}
