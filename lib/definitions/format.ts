/**
 * The integration definition format (seed 001) and its validation.
 * Field names follow seed 001 exactly; every addition is documented in docs/definition-format.md.
 */
import Ajv2020, { type ErrorObject } from "ajv/dist/2020";
import draft07MetaSchema from "ajv/dist/refs/json-schema-draft-07.json";
import { z } from "zod";
import { VERSION_PATTERN } from "./version";

const JSON_SCHEMA_META = "https://json-schema.org/draft/2020-12/schema";

export const AUTH_TYPES = ["none", "api_key", "basic", "bearer", "oauth2", "hmac"] as const;
export const DEFINITION_TYPES = ["http", "webhook"] as const;
export const FLAG_NAMES = ["isJob", "isManuallyRunnable", "hasTimePeriod", "isSingleton", "isMultiCompanyCompatible"] as const;

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
const KEY_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const LUCIDE_NAME = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
const DATA_IMAGE_URL = /^data:image\/(?:png|jpeg|gif|webp|svg\+xml);base64,[A-Za-z0-9+/]+={0,2}$/;
const EMOJI = /^(?:\p{Extended_Pictographic}|\p{Regional_Indicator}|\p{Emoji_Modifier}|\u200d|\ufe0f|\u20e3|[#*0-9])+$/u;

export type IconKind = "lucide" | "emoji" | "image";

/** Which of the three icon forms a value is: a lucide icon name, an emoji, or a data: image URL. */
export function classifyIcon(icon: string): IconKind | null {
  if (LUCIDE_NAME.test(icon) && icon.length <= 64) return "lucide";
  if (DATA_IMAGE_URL.test(icon) && icon.length <= 100_000) return "image";
  if (EMOJI.test(icon) && /\p{Extended_Pictographic}|\p{Regional_Indicator}/u.test(icon) && [...icon].length <= 16) {
    return "emoji";
  }
  return null;
}

/** URL templates may start with a placeholder such as {{hubUrl}} or {{config.baseUrl}}. */
export function isUrlTemplate(value: string): boolean {
  const filled = value.replace(/\{\{\s*([^{}]+?)\s*\}\}/g, (_m, _name: string, offset: number) =>
    offset === 0 ? "https://placeholder.invalid" : "x",
  );
  try {
    const url = new URL(filled);
    return url.protocol === "https:" || url.protocol === "http:";
  } catch {
    return false;
  }
}

const urlTemplate = (what: string) =>
  z.string().refine(isUrlTemplate, { message: "Must be an http(s) URL (placeholders like {{hubUrl}} are allowed)" }).describe(what);

const jsonSchemaObject = (what: string) =>
  z
    .record(z.string(), z.unknown(), {
      error: (issue) => (issue.input === undefined ? "Required" : "Must be a JSON Schema object"),
    })
    .meta({ $ref: JSON_SCHEMA_META, description: what });

const transformSchema = z
  .union([z.string().min(1), z.strictObject({ jsonata: z.string().min(1) })], {
    error: 'Must be JavaScript source text or { "jsonata": "<expression>" }',
  })
  .describe(
    'JavaScript source defining `function transform(input)`, or { "jsonata": "<expression>" }. ' +
      "In the definition text it may be a backtick-quoted multi-line string.",
  );

// Mirrors methodHttpSchema in lib/execution/http-request.ts (docs/definition-http.md); keep in step.
export const httpMappingSchema = z
  .looseObject({
    method: z.enum(["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"]).optional().describe("HTTP method"),
    path: z
      .string()
      .regex(/^\//, "Must start with /")
      .optional()
      .describe("Path template appended to the base URL, e.g. /contacts/{{params.id}}"),
    query: z
      .union([z.literal("params"), z.record(z.string(), z.unknown())])
      .optional()
      .describe('"params" (all parameters) or a map of query templates'),
    headers: z.record(z.string(), z.string()).optional().describe("Extra request headers (values may be templates)"),
    body: z
      .union([z.enum(["params", "transformed", "none"]), z.record(z.string(), z.unknown()), z.array(z.unknown())])
      .optional()
      .describe('"params", "transformed", "none", or a JSON template'),
    bodyEncoding: z.enum(["json", "form"]).optional(),
  })
  .describe("How the method maps to an HTTP request (docs/definition-http.md)");

export const integrationMethodSchema = z
  .looseObject({
    name: z
      .string()
      .regex(IDENTIFIER, "Must be an identifier: letters, digits and _, not starting with a digit")
      .describe("Method name, unique within the definition, e.g. listEvents"),
    description: z.string().describe("What the method does, shown to operators"),
    paramSchema: jsonSchemaObject("JSON Schema of the method's parameters"),
    resultSchema: jsonSchemaObject("JSON Schema of the method's result"),
    requestTransform: transformSchema.optional(),
    responseTransform: transformSchema.optional(),
    http: httpMappingSchema.optional(),
    idempotent: z.boolean().optional().describe("Safe to retry: the executor may repeat the call"),
    idempotencyKey: z.boolean().optional().describe("Send an Idempotency-Key header, the same on every attempt"),
    timeoutMs: z.number().int().min(1).max(600_000).optional().describe("Timeout of one attempt in milliseconds"),
  })
  .describe("A callable operation of the integration");

export const oauth2ConfigSchema = z
  .looseObject({
    authorizationUrl: urlTemplate("Provider's authorization endpoint").optional(),
    tokenUrl: urlTemplate("Provider's token endpoint"),
    refreshUrl: urlTemplate("Token refresh endpoint (defaults to tokenUrl)").optional(),
    revocationUrl: urlTemplate("Token revocation endpoint").optional(),
    scopeDelimiter: z.string().optional().describe('Separator between scopes (default " ")'),
    authStyle: z.enum(["header", "body"]).optional().describe("Client credentials in the Authorization header or the body"),
    additionalParameters: z.record(z.string(), z.string()).optional().describe("Extra authorization request parameters"),
    scopes: z.array(z.string().min(1)).optional().describe("Scopes requested when the instance sets no `scope`"),
    grantType: z.enum(["authorization_code", "client_credentials"]).optional().describe("Default authorization_code"),
  })
  .describe("OAuth2 endpoints and options; required when authType is oauth2");

export const webhookSettingsSchema = z
  .strictObject({
    scheme: z.enum(["hmac", "stripe"]).optional().describe('"hmac" (signature of the raw body) or "stripe" (t=…,v1=…)'),
    signatureHeader: z.string().min(1).optional().describe("Header carrying the signature"),
    algorithm: z.enum(["sha256", "sha1", "sha512"]).optional(),
    encoding: z.enum(["hex", "base64"]).optional(),
    signaturePrefix: z.string().optional().describe('Prefix before the signature, e.g. "sha256="'),
    secretField: z.string().min(1).optional().describe("configSchema field holding the signing secret"),
    eventTypesField: z.string().min(1).optional().describe("configSchema field listing the event types to process"),
    eventIdPath: z.string().min(1).optional().describe("Dot path of the event id in the payload"),
    eventTypePath: z.string().min(1).optional().describe("Dot path of the event type in the payload"),
    toleranceSeconds: z.number().int().min(0).optional().describe("Maximum age of a signed timestamp"),
    method: z.string().optional().describe("Method that processes events (default: the first method)"),
  })
  .describe("Signature scheme of inbound webhooks");

export const retryPolicySchema = z
  .strictObject({
    maxAttempts: z.number().int().min(1).max(10).optional(),
    initialDelayMs: z.number().int().min(0).max(600_000).optional(),
    maxDelayMs: z.number().int().min(0).max(3_600_000).optional(),
    multiplier: z.number().min(1).max(10).optional(),
    jitter: z.number().min(0).max(1).optional().describe("Random spread as a fraction: 0.2 = ±20%"),
  })
  .describe("Overrides of the executor's retry policy (exponential backoff with jitter)");

const flag = (what: string) => z.boolean().optional().describe(what);

export const integrationDefinitionSchema = z
  .looseObject({
    $schema: z.string().optional().describe("Optional link to this JSON Schema, for editors"),
    name: z.string().min(1).max(120).describe("Display name"),
    description: z.string().describe("Short description shown on the catalog card"),
    version: z.string().regex(VERSION_PATTERN, "Must be a version like 1.0.0").describe("Version, e.g. 1.0.0"),
    type: z.enum(DEFINITION_TYPES).describe("http: the hub calls the provider; webhook: the provider calls the hub"),
    authType: z.enum(AUTH_TYPES).describe("How instances authenticate"),
    methods: z.array(integrationMethodSchema).min(1, "Add at least one method").describe("Callable methods; names are unique identifiers"),
    configSchema: jsonSchemaObject("JSON Schema of an instance's settings (an object)"),
    oauth2Config: oauth2ConfigSchema.optional(),
    key: z
      .string()
      .max(64)
      .regex(KEY_PATTERN, "Must be lowercase letters, digits and single dashes, e.g. google-calendar")
      .optional()
      .describe("Stable slug; defaults to the name in kebab-case"),
    icon: z
      .string()
      .refine((v) => classifyIcon(v) !== null, { message: "Must be a lucide icon name (e.g. calendar), an emoji, or a data:image URL" })
      .optional()
      .describe("A lucide icon name, an emoji, or a data:image/…;base64 URL"),
    category: z.string().min(1).max(60).optional().describe("Catalog grouping, e.g. CRM"),
    baseUrl: urlTemplate("Base URL template of the provider API, e.g. {{config.baseUrl}}").optional(),
    apiKey: z
      .strictObject({ in: z.enum(["header", "query"]).optional(), name: z.string().min(1).optional() })
      .optional()
      .describe("Where an api_key is sent (default: header X-API-Key)"),
    webhook: webhookSettingsSchema.optional(),
    testMethod: z.string().optional().describe("Cheap method called by Test connection"),
    retryPolicy: retryPolicySchema.optional(),
    isJob: flag("Can run on a schedule (START starts a recurring job)"),
    isManuallyRunnable: flag("Shows the Run now button"),
    hasTimePeriod: flag("Run now asks for a from/to period"),
    isSingleton: flag("At most one instance per workspace"),
    isMultiCompanyCompatible: flag("Handles several companies itself"),
    delay: z.number().min(0).max(604_800).optional().describe("Seconds between a period's end and its scheduled run"),
  })
  .describe("A Patchbay integration definition (seed 001 format)");

export type IntegrationDefinition = z.infer<typeof integrationDefinitionSchema>;
export type IntegrationMethod = z.infer<typeof integrationMethodSchema>;
export type OAuth2Config = z.infer<typeof oauth2ConfigSchema>;
export type AuthType = (typeof AUTH_TYPES)[number];
export type DefinitionType = (typeof DEFINITION_TYPES)[number];
export type Transform = z.infer<typeof transformSchema>;
export type HttpMapping = z.infer<typeof httpMappingSchema>;
export type RetryPolicy = z.infer<typeof retryPolicySchema>;
export type WebhookSettings = z.infer<typeof webhookSettingsSchema>;

export type DefinitionValidationIssue = { path: string; message: string; line?: number; column?: number };

export type DefinitionValidationResult =
  | { ok: true; definition: IntegrationDefinition; warnings: DefinitionValidationIssue[] }
  | { ok: false; issues: DefinitionValidationIssue[]; warnings: DefinitionValidationIssue[] };

/** `methods[0].paramSchema.properties.x.type` from a path array. */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else out += out === "" ? String(part) : `.${String(part)}`;
  }
  return out;
}

const TYPE_WORDS: Record<string, string> = {
  string: "Must be text",
  number: "Must be a number",
  int: "Must be a whole number",
  boolean: "Must be true or false",
  array: "Must be a list",
  object: "Must be an object",
  record: "Must be an object",
};

// Plain-words messages for zod's built-in issues; schema-level messages take precedence.
const plainMessages: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case "invalid_type":
      if (issue.input === undefined) return "Required";
      return TYPE_WORDS[issue.expected] ?? `Must be ${issue.expected}`;
    case "invalid_value":
      return `Must be one of: ${issue.values.map(String).join(", ")}`;
    case "too_small":
      if (issue.origin === "string") return issue.minimum === 1 ? "Must not be empty" : `Must be at least ${issue.minimum} characters`;
      if (issue.origin === "array") return `Must have at least ${issue.minimum} item${issue.minimum === 1 ? "" : "s"}`;
      return `Must be at least ${issue.minimum}`;
    case "too_big":
      if (issue.origin === "string") return `Must be at most ${issue.maximum} characters`;
      if (issue.origin === "array") return `Must have at most ${issue.maximum} items`;
      return `Must be at most ${issue.maximum}`;
    case "unrecognized_keys":
      return `Unknown field${issue.keys.length > 1 ? "s" : ""}: ${issue.keys.join(", ")}`;
    default:
      return undefined;
  }
};

/** Runs the zod schema and the cross-field and JSON Schema checks; returns every problem at once. */
export function validateDefinition(input: unknown): DefinitionValidationResult {
  const parsed = integrationDefinitionSchema.safeParse(input, { error: plainMessages });
  const issues: DefinitionValidationIssue[] = parsed.success
    ? []
    : parsed.error.issues.map((issue) => ({ path: formatIssuePath(issue.path), message: issue.message }));
  const rules = checkDefinitionRules(input);
  const seen = new Set(issues.map((i) => `${i.path}\u0000${i.message}`));
  for (const issue of rules.issues) {
    const id = `${issue.path}\u0000${issue.message}`;
    if (!seen.has(id)) {
      seen.add(id);
      issues.push(issue);
    }
  }
  if (parsed.success && issues.length === 0) return { ok: true, definition: parsed.data, warnings: rules.warnings };
  return { ok: false, issues, warnings: rules.warnings };
}

function buildDefinitionJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(integrationDefinitionSchema, { target: "draft-2020-12", io: "input", unrepresentable: "any" });
  return {
    $schema: JSON_SCHEMA_META,
    $id: "urn:patchbay:schema:integration-definition:v1",
    title: "Patchbay integration definition",
    ...generated,
    // Cross-field rules zod expresses as refinements, restated for editors and other validators.
    allOf: [
      {
        if: { properties: { authType: { const: "oauth2" } }, required: ["authType"] },
        then: { required: ["oauth2Config"] },
      },
    ],
  };
}

/** The published JSON Schema of a definition, served at GET /api/v1/definition.schema.json. */
export const definitionJsonSchema: Record<string, unknown> = buildDefinitionJsonSchema();

/** Kebab-case slug of a name: "Google Calendar Integration" → "google-calendar-integration". */
export function slugifyName(name: string): string {
  const slug = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 64)
    .replace(/-+$/, "");
  return slug || "integration";
}

export function definitionKey(def: Pick<IntegrationDefinition, "name" | "key">): string {
  return def.key ?? slugifyName(def.name);
}

export type DefinitionFlags = {
  isJob: boolean;
  isManuallyRunnable: boolean;
  hasTimePeriod: boolean;
  isSingleton: boolean;
  isMultiCompanyCompatible: boolean;
  /** Seconds. */
  delay: number;
};

/** Seed 004 flags with their defaults (false, delay 0) filled in. */
export function definitionFlags(def: IntegrationDefinition): DefinitionFlags {
  return {
    isJob: def.isJob ?? false,
    isManuallyRunnable: def.isManuallyRunnable ?? false,
    hasTimePeriod: def.hasTimePeriod ?? false,
    isSingleton: def.isSingleton ?? false,
    isMultiCompanyCompatible: def.isMultiCompanyCompatible ?? false,
    delay: def.delay ?? 0,
  };
}

export const DEFAULT_ICONS: Record<DefinitionType, string> = { http: "plug", webhook: "webhook" };

export type DefinitionSummary = {
  key: string;
  name: string;
  description: string;
  version: string;
  type: DefinitionType;
  authType: AuthType;
  icon: string;
  iconKind: IconKind;
  category: string | null;
  methods: string[];
  flags: DefinitionFlags;
};

/** What a catalog card shows. */
export function definitionSummary(def: IntegrationDefinition): DefinitionSummary {
  const icon = def.icon ?? DEFAULT_ICONS[def.type];
  return {
    key: definitionKey(def),
    name: def.name,
    description: def.description,
    version: def.version,
    type: def.type,
    authType: def.authType,
    icon,
    iconKind: classifyIcon(icon) ?? "lucide",
    category: def.category ?? null,
    methods: def.methods.map((m) => m.name),
    flags: definitionFlags(def),
  };
}

export type ResolvedWebhookSettings = Required<Omit<WebhookSettings, "signaturePrefix" | "method">> & {
  signaturePrefix: string;
  method: string;
};

/** Webhook settings with defaults; the seed's Stripe definition has no `webhook` block and gets these. */
export function resolveWebhookSettings(def: IntegrationDefinition): ResolvedWebhookSettings {
  const w = def.webhook ?? {};
  const scheme = w.scheme ?? "hmac";
  return {
    scheme,
    signatureHeader: (w.signatureHeader ?? (scheme === "stripe" ? "stripe-signature" : "x-signature")).toLowerCase(),
    algorithm: w.algorithm ?? "sha256",
    encoding: w.encoding ?? "hex",
    signaturePrefix: w.signaturePrefix ?? "",
    secretField: w.secretField ?? "webhookSecret",
    eventTypesField: w.eventTypesField ?? "eventTypes",
    eventIdPath: w.eventIdPath ?? "id",
    eventTypePath: w.eventTypePath ?? "type",
    toleranceSeconds: w.toleranceSeconds ?? 300,
    method: w.method ?? def.methods[0]?.name ?? "",
  };
}

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

function checkDefinitionRules(input: unknown): RuleResult {
  const out: RuleResult = { issues: [], warnings: [] };
  if (!isPlainObject(input)) return out;
  checkMethods(input, out);
  checkAuth(input, out);
  checkReferences(input, out);
  checkConfigSchema(input, out);
  out.warnings.push(...unknownKeyWarnings(input, Object.keys(integrationDefinitionSchema.shape), ""));
  return out;
}
