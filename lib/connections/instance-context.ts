// Loads an instance with its definition and decrypted settings, and reads the definition's auth fields.
// The definition document is read defensively: it was validated on import, but older rows may lack fields.
import { db } from "@/lib/db/client";
import { decryptJson } from "@/lib/crypto/secret-box";
import { hubUrl } from "@/lib/env";
import { NotFoundError } from "@/lib/errors";
import type { InstanceStatus } from "@/lib/generated/prisma/enums";

export type AuthType = "none" | "api_key" | "basic" | "bearer" | "oauth2" | "hmac";

export type InstanceContext = {
  instanceId: string;
  workspaceId: string;
  instanceName: string;
  status: InstanceStatus;
  statusReason: string | null;
  definitionName: string;
  authType: AuthType;
  document: Record<string, unknown>;
  settings: Record<string, unknown>;
};

const AUTH_TYPES: readonly AuthType[] = ["none", "api_key", "basic", "bearer", "oauth2", "hmac"];

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function stringOf(value: unknown): string | undefined {
  return typeof value === "string" && value !== "" ? value : undefined;
}

/** Replaces `{{hubUrl}}` and `{{config.<key>}}` placeholders in a definition string. */
export function fillTemplate(value: string, settings: Record<string, unknown> = {}): string {
  return value.replace(/\{\{\s*([^{}]+?)\s*\}\}/g, (whole, name: string) => {
    if (name === "hubUrl") return hubUrl();
    if (name.startsWith("config.")) {
      const found = settings[name.slice("config.".length)];
      return typeof found === "string" || typeof found === "number" ? String(found) : "";
    }
    return whole;
  });
}

/** Settings of an instance: schema defaults, then public config, then decrypted secrets. */
export function instanceSettings(document: Record<string, unknown>, config: unknown, secretConfig: string | null): Record<string, unknown> {
  const defaults: Record<string, unknown> = {};
  const schema = isRecord(document.configSchema) ? document.configSchema : {};
  const properties = isRecord(schema.properties) ? schema.properties : {};
  for (const [key, property] of Object.entries(properties)) {
    if (isRecord(property) && property.default !== undefined) {
      defaults[key] = typeof property.default === "string" ? fillTemplate(property.default) : property.default;
    }
  }
  const secrets = secretConfig ? decryptJson<Record<string, unknown>>(secretConfig) : {};
  return { ...defaults, ...(isRecord(config) ? config : {}), ...(isRecord(secrets) ? secrets : {}) };
}

/** The instance, checked to belong to `workspaceId` when given (a foreign instance is "not found"). */
export async function loadInstanceContext(instanceId: string, workspaceId?: string): Promise<InstanceContext> {
  const instance = await db.integrationInstance.findUnique({
    where: { id: instanceId },
    include: { definition: { select: { name: true, authType: true, document: true } } },
  });
  if (!instance || (workspaceId !== undefined && instance.workspaceId !== workspaceId)) {
    throw new NotFoundError("The integration instance");
  }
  const document = isRecord(instance.definition.document) ? instance.definition.document : {};
  const declared = stringOf(document.authType) ?? instance.definition.authType;
  return {
    instanceId: instance.id,
    workspaceId: instance.workspaceId,
    instanceName: instance.name,
    status: instance.status,
    statusReason: instance.statusReason,
    definitionName: stringOf(document.name) ?? instance.definition.name,
    authType: (AUTH_TYPES as readonly string[]).includes(declared) ? (declared as AuthType) : "none",
    document,
    settings: instanceSettings(document, instance.config, instance.secretConfig),
  };
}
