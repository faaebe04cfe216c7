// Cross-field rules and JSON Schema checks of a definition, run by validateDefinition (format.ts).
import Ajv2020, { type ErrorObject } from "ajv/dist/2020";
import draft07MetaSchema from "ajv/dist/refs/json-schema-draft-07.json";
import { integrationDefinitionSchema, integrationMethodSchema, oauth2ConfigSchema, formatIssuePath, type DefinitionValidationIssue } from "./format-schema";

// ---------------------------------------------------------------------------------------------
// Cross-field rules and JSON Schema checks. They read the raw input defensively so that every
// problem is reported in one pass, even when the zod schema already failed elsewhere.

type RuleResult = { issues: DefinitionValidationIssue[]; warnings: DefinitionValidationIssue[] };

// Our own instance: strict off because configSchema carries UI keywords (secret, fieldsets…);
// formats are not checked here — only whether each schema is a schema.
const schemaChecker = new Ajv2020({ strict: false, validateFormats: false, allErrors: true, logger: false });
schemaChecker.addMetaSchema(draft07MetaSchema);

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function schemaErrorPath(prefix: string, instancePath: string): string {
  const parts = instancePath
    .split("/")
    .slice(1)
    .map((p) => p.replace(/~1/g, "/").replace(/~0/g, "~"))
    .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
  const rest = formatIssuePath(parts);
  if (!rest) return prefix;
  return rest.startsWith("[") ? prefix + rest : `${prefix}.${rest}`;
}

function schemaErrorMessage(errors: ErrorObject[]): string {
  const enumError = errors.find((e) => e.keyword === "enum");
  if (enumError) {
    const allowed = (enumError.params as { allowedValues?: unknown[] }).allowedValues ?? [];
    return `Must be one of: ${allowed.map(String).join(", ")}`;
  }
  const specific = errors.find((e) => !["anyOf", "oneOf", "if", "not"].includes(e.keyword)) ?? errors[0];
  const text = specific.message ?? "Is not valid";
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Checks that a value is a valid JSON Schema (draft 2020-12, or draft-07 if it says so) whose $refs resolve. */
export function checkJsonSchema(schema: Record<string, unknown>, path: string): DefinitionValidationIssue[] {
  let valid: boolean;
  try {
    valid = schemaChecker.validateSchema(schema) as boolean;
  } catch {
    return [{ path: `${path}.$schema`, message: "Unsupported $schema; use draft 2020-12 or draft-07" }];
  }
  if (!valid) {
    const byPath = new Map<string, ErrorObject[]>();
    for (const error of schemaChecker.errors ?? []) {
      const list = byPath.get(error.instancePath) ?? [];
      list.push(error);
      byPath.set(error.instancePath, list);
    }
    const paths = [...byPath.keys()];
    // A combinator error on a parent only repeats what its children say; keep the deepest.
    const leaves = paths.filter((p) => !paths.some((other) => other !== p && other.startsWith(`${p}/`)));
    return leaves.map((p) => ({ path: schemaErrorPath(path, p), message: schemaErrorMessage(byPath.get(p) ?? []) }));
  }
  try {
    schemaChecker.compile(schema);
    return [];
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const ref = /can't resolve reference (\S+)/.exec(message);
    return [{ path, message: ref ? `Cannot resolve $ref ${ref[1]}` : `Not a usable JSON Schema: ${message}` }];
  } finally {
    schemaChecker.removeSchema(schema);
  }
}

function methodNames(input: Record<string, unknown>): string[] {
  const methods = Array.isArray(input.methods) ? input.methods : [];
  return methods.map((m) => (isPlainObject(m) && typeof m.name === "string" ? m.name : "")).filter(Boolean);
}

function unknownKeyWarnings(value: unknown, known: readonly string[], path: string): DefinitionValidationIssue[] {
  if (!isPlainObject(value)) return [];
  return Object.keys(value)
    .filter((k) => !known.includes(k))
    .map((k) => ({ path: path ? `${path}.${k}` : k, message: "Unknown field: kept as is, but Patchbay does not use it" }));
}

function checkMethods(input: Record<string, unknown>, out: RuleResult): void {
  if (!Array.isArray(input.methods)) return;
  const counts = new Map<string, number>();
  for (const name of methodNames(input)) counts.set(name, (counts.get(name) ?? 0) + 1);
  const reported = new Set<string>();
  input.methods.forEach((method, i) => {
    if (!isPlainObject(method)) return;
    const path = `methods[${i}]`;
    const name = method.name;
    if (typeof name === "string" && (counts.get(name) ?? 0) > 1 && reported.has(name)) {
      const times = counts.get(name) === 2 ? "twice" : `${counts.get(name)} times`;
      out.issues.push({ path: `${path}.name`, message: `Method names must be unique: ${name} appears ${times}` });
    }
    if (typeof name === "string") reported.add(name);
    for (const field of ["paramSchema", "resultSchema"] as const) {
      const schema = method[field];
      if (isPlainObject(schema)) out.issues.push(...checkJsonSchema(schema, `${path}.${field}`));
    }
    out.warnings.push(...unknownKeyWarnings(method, Object.keys(integrationMethodSchema.shape), path));
  });
}

function checkAuth(input: Record<string, unknown>, out: RuleResult): void {
  const oauth = input.oauth2Config;
  if (input.authType === "oauth2" && oauth === undefined) {
    out.issues.push({ path: "oauth2Config", message: 'Required when authType is "oauth2"' });
  }
  if (isPlainObject(oauth)) {
    if (oauth.grantType !== "client_credentials" && oauth.authorizationUrl === undefined) {
      out.issues.push({ path: "oauth2Config.authorizationUrl", message: "Required" });
    }
    out.warnings.push(...unknownKeyWarnings(oauth, Object.keys(oauth2ConfigSchema.shape), "oauth2Config"));
  }
}

function checkReferences(input: Record<string, unknown>, out: RuleResult): void {
  const names = methodNames(input);
  if (typeof input.testMethod === "string" && !names.includes(input.testMethod)) {
    out.issues.push({ path: "testMethod", message: `No method named ${input.testMethod}` });
  }
  const webhook = input.webhook;
  if (isPlainObject(webhook) && typeof webhook.method === "string" && !names.includes(webhook.method)) {
    out.issues.push({ path: "webhook.method", message: `No method named ${webhook.method}` });
  }
  const retry = input.retryPolicy;
  if (isPlainObject(retry) && typeof retry.initialDelayMs === "number" && typeof retry.maxDelayMs === "number") {
    if (retry.maxDelayMs < retry.initialDelayMs) {
      out.issues.push({ path: "retryPolicy.maxDelayMs", message: "Must be at least initialDelayMs" });
    }
  }
}

function checkConfigSchema(input: Record<string, unknown>, out: RuleResult): void {
  const config = input.configSchema;
  if (!isPlainObject(config)) return;
  out.issues.push(...checkJsonSchema(config, "configSchema"));
  if (config.type !== "object") {
    out.issues.push({ path: "configSchema.type", message: 'Must be "object": settings are a set of named fields' });
  }
  if (input.type === "webhook" && input.authType === "hmac") {
    const field = isPlainObject(input.webhook) && typeof input.webhook.secretField === "string" ? input.webhook.secretField : "webhookSecret";
    const properties = isPlainObject(config.properties) ? config.properties : {};
    if (!(field in properties)) {
      out.issues.push({ path: "configSchema.properties", message: `Add a "${field}" setting: hmac webhooks are verified with it` });
    }
  }
}

export function checkDefinitionRules(input: unknown): RuleResult {
  const out: RuleResult = { issues: [], warnings: [] };
  if (!isPlainObject(input)) return out;
  checkMethods(input, out);
  checkAuth(input, out);
  checkReferences(input, out);
  checkConfigSchema(input, out);
  out.warnings.push(...unknownKeyWarnings(input, Object.keys(integrationDefinitionSchema.shape), ""));
  return out;
}
