// Everything a connection or an execution needs about one instance, loaded and decrypted in one place.
import { db } from "@/lib/db/client";
import { decryptJson } from "@/lib/crypto/secret-box";
import { NotFoundError } from "@/lib/errors";
import { hubUrl } from "@/lib/env";
import { applyHubUrl } from "@/lib/definitions/catalog";
import { integrationDefinitionSchema, type IntegrationDefinition } from "@/lib/definitions/format";
import { mergeSecrets } from "@/lib/definitions/config-schema/secrets";
import type { IntegrationInstance, IntegrationDefinition as DefinitionRow } from "@/lib/generated/prisma/client";

export type InstanceContext = {
  instance: IntegrationInstance;
  definitionRow: DefinitionRow;
  /** The definition with `{{hubUrl}}` replaced by this hub's base URL. */
  definition: IntegrationDefinition;
  /** Public and secret settings merged: for talking to the provider only, never for display. */
  settings: Record<string, unknown>;
  /** Every secret string in the settings, for redaction of logs. */
  secretValues: string[];
};

/** The definition document stored on a row, parsed (it was validated when it was imported). */
export function parseStoredDefinition(document: unknown): IntegrationDefinition {
  return applyHubUrl(integrationDefinitionSchema.parse(document), hubUrl()) as IntegrationDefinition;
}

export function decryptSecretSettings(secretConfig: string | null): Record<string, unknown> {
  return secretConfig ? decryptJson<Record<string, unknown>>(secretConfig) : {};
}

function collectStrings(value: unknown, out: string[] = []): string[] {
  if (typeof value === "string" && value) out.push(value);
  else if (Array.isArray(value)) value.forEach((item) => collectStrings(item, out));
  else if (value && typeof value === "object") Object.values(value).forEach((item) => collectStrings(item, out));
  return out;
}

export async function loadInstanceContext(workspaceId: string, instanceId: string): Promise<InstanceContext> {
  const instance = await db.integrationInstance.findFirst({ where: { id: instanceId, workspaceId }, include: { definition: true } });
  if (!instance) throw new NotFoundError("The integration instance");
  const { definition: definitionRow, ...rest } = instance;
  const secrets = decryptSecretSettings(instance.secretConfig);
  return {
    instance: rest,
    definitionRow,
    definition: parseStoredDefinition(definitionRow.document),
    settings: applyHubUrl(mergeSecrets(instance.config, secrets, {}), hubUrl()),
    secretValues: collectStrings(secrets),
  };
}
