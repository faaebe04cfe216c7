// Everything a connection or an execution needs about one instance, in one query: the instance
// joined with its definition, settings decrypted. The parsed definition is cached per definition
// row and its updatedAt, so a hot path pays one round trip; an edited definition is re-read.
import { sql } from "@/lib/db/sql";
import { decryptJson } from "@/lib/crypto/secret-box";
import { NotFoundError } from "@/lib/errors";
import { hubUrl } from "@/lib/env";
import { applyHubUrl } from "@/lib/definitions/catalog";
import { integrationDefinitionSchema, type IntegrationDefinition } from "@/lib/definitions/format";
import { mergeSecrets } from "@/lib/definitions/config-schema/secrets";
import type { InstanceStatus } from "@/lib/generated/prisma/enums";

export type InstanceSummary = {
  id: string;
  workspaceId: string;
  name: string;
  /** Public settings only: safe to hand to transforms. */
  config: Record<string, unknown>;
  enabled: boolean;
  status: InstanceStatus;
  statusReason: string | null;
  retryPolicy: unknown;
};

export type InstanceContext = {
  instance: InstanceSummary;
  /** The definition with `{{hubUrl}}` replaced by this hub's base URL. */
  definition: IntegrationDefinition;
  /** Public and secret settings merged: for talking to the provider only, never for display, transforms or logs. */
  settings: Record<string, unknown>;
  /** Every secret string in the settings, for the request-log redactor. */
  secretValues: string[];
};

/** The definition document stored on a row, parsed (it was validated when it was imported). */
export function parseStoredDefinition(document: unknown): IntegrationDefinition {
  return applyHubUrl(integrationDefinitionSchema.parse(document), hubUrl()) as IntegrationDefinition;
}

export function decryptSecretSettings(secretConfig: string | null): Record<string, unknown> {
  return secretConfig ? decryptJson<Record<string, unknown>>(secretConfig) : {};
}

type Row = {
  id: string;
  workspaceId: string;
  name: string;
  config: unknown;
  secretConfig: string | null;
  enabled: boolean;
  status: InstanceStatus;
  statusReason: string | null;
  retryPolicy: unknown;
  definitionId: string;
  definitionUpdatedAt: Date;
  document: unknown;
};

const CACHE_LIMIT = 500;
const definitions = new Map<string, IntegrationDefinition>();

function cachedDefinition(row: Row): IntegrationDefinition {
  const key = `${row.definitionId}@${new Date(row.definitionUpdatedAt).getTime()}@${hubUrl()}`;
  const hit = definitions.get(key);
  if (hit) return hit;
  const parsed = parseStoredDefinition(row.document);
  if (definitions.size >= CACHE_LIMIT) definitions.clear();
  definitions.set(key, parsed);
  return parsed;
}

function collectStrings(value: unknown, out: string[] = []): string[] {
  if (typeof value === "string" && value) out.push(value);
  else if (Array.isArray(value)) value.forEach((item) => collectStrings(item, out));
  else if (value && typeof value === "object") Object.values(value).forEach((item) => collectStrings(item, out));
  return out;
}

function record(value: unknown): Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/**
 * The instance with its definition and settings. With `workspaceId`, an instance of another
 * workspace is "not found"; without it (token refresh, background work) any instance is found.
 */
export async function loadInstanceContext(instanceId: string, workspaceId?: string): Promise<InstanceContext> {
  const rows = await sql<Row>`
    SELECT i."id", i."workspaceId", i."name", i."config", i."secretConfig", i."enabled", i."status", i."statusReason",
           i."retryPolicy", d."id" AS "definitionId", d."updatedAt" AS "definitionUpdatedAt", d."document"
    FROM "IntegrationInstance" i JOIN "IntegrationDefinition" d ON d."id" = i."definitionId"
    WHERE i."id" = ${instanceId}`;
  const row = rows[0];
  if (!row || (workspaceId !== undefined && row.workspaceId !== workspaceId)) throw new NotFoundError("The integration instance");
  const config = record(row.config);
  const secrets = decryptSecretSettings(row.secretConfig);
  return {
    instance: {
      id: row.id,
      workspaceId: row.workspaceId,
      name: row.name,
      config,
      enabled: row.enabled,
      status: row.status,
      statusReason: row.statusReason,
      retryPolicy: row.retryPolicy,
    },
    definition: cachedDefinition(row),
    settings: applyHubUrl(mergeSecrets(config, secrets, {}), hubUrl()),
    secretValues: collectStrings(secrets),
  };
}
