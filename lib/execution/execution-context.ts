// The executor's view of an instance, read in one query per call (instance joined with its
// definition). The parsed definition is cached per definition row and version of that row, so a
// hot method costs one round trip here; an edited definition has a new updatedAt and is re-read.
import { db } from "@/lib/db/client";
import { mergeSecrets } from "@/lib/definitions/config-schema/secrets";
import { applyHubUrl } from "@/lib/definitions/catalog";
import type { IntegrationDefinition } from "@/lib/definitions/format";
import { hubUrl } from "@/lib/env";
import type { InstanceStatus } from "@/lib/generated/prisma/enums";
import { decryptSecretSettings, parseStoredDefinition } from "@/lib/instances/context";
import { IntegrationError } from "./errors";

export type ExecutionInstance = {
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

export type ExecutionContext = {
  instance: ExecutionInstance;
  definition: IntegrationDefinition;
  /** Public and secret settings merged, for templates and credentials; never for transforms or logs. */
  settings: Record<string, unknown>;
  /** Every secret string of the settings, for the request-log redactor. */
  secretValues: string[];
};

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
  const key = `${row.definitionId}@${new Date(row.definitionUpdatedAt).getTime()}`;
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

/** The instance in this workspace with its definition; NOT_FOUND otherwise (a foreign instance too). */
export async function loadExecutionContext(workspaceId: string, instanceId: string): Promise<ExecutionContext> {
  const rows = await db.$queryRaw<Row[]>`
    SELECT i."id", i."workspaceId", i."name", i."config", i."secretConfig", i."enabled", i."status", i."statusReason",
           i."retryPolicy", d."id" AS "definitionId", d."updatedAt" AS "definitionUpdatedAt", d."document"
    FROM "IntegrationInstance" i JOIN "IntegrationDefinition" d ON d."id" = i."definitionId"
    WHERE i."id" = ${instanceId} AND i."workspaceId" = ${workspaceId}`;
  const row = rows[0];
  if (!row) throw new IntegrationError("NOT_FOUND", "The integration instance was not found");
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
