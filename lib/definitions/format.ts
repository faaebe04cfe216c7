/**
 * The integration definition format (seed 001) and its validation.
 * Field names follow seed 001 exactly; every addition is documented in docs/definition-format.md.
 */
import { z } from "zod";
import { checkDefinitionRules } from "./format-rules";
import {
  JSON_SCHEMA_META,
  classifyIcon,
  formatIssuePath,
  integrationDefinitionSchema,
  type AuthType,
  type DefinitionType,
  type IconKind,
  type DefinitionValidationIssue,
  type IntegrationDefinition,
  type WebhookSettings,
} from "./format-schema";

export * from "./format-schema";
export { checkJsonSchema } from "./format-rules";

export type DefinitionValidationResult =
  | { ok: true; definition: IntegrationDefinition; warnings: DefinitionValidationIssue[] }
  | { ok: false; issues: DefinitionValidationIssue[]; warnings: DefinitionValidationIssue[] };


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

