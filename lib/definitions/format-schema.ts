// The zod schemas and types of the integration definition format (seed 001 field names exactly;
// additions documented in docs/definition-format.md). Validation lives in format.ts.
import { z } from "zod";
import { issuePath } from "@/lib/errors";
import { VERSION_PATTERN } from "./version";

export const JSON_SCHEMA_META = "https://json-schema.org/draft/2020-12/schema";

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

// The executor builds requests from this (lib/execution/http-request.ts, docs/definition-http.md).
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

/** `methods[0].paramSchema.properties.x.type` from a path array. */
export const formatIssuePath = issuePath;
