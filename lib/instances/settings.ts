// An instance's settings: validation against the definition's configSchema, the public/secret split
// (the secret part is encrypted), and the status an instance starts in.
import { encryptJson } from "@/lib/crypto/secret-box";
import { ValidationError, type FieldIssue } from "@/lib/errors";
import { resolveWebhookSettings, type IntegrationDefinition } from "@/lib/definitions/format";
import { splitSecrets } from "@/lib/definitions/config-schema/secrets";
import { validateAgainstSchema } from "@/lib/definitions/config-schema/validate-config";
import type { InstanceStatus } from "@/lib/generated/prisma/enums";

export type StoredSettings = {
  /** Public settings, stored as JSON in `config`. */
  config: Record<string, unknown>;
  /** The secret part as one ciphertext, or null when there is none. */
  secretConfig: string | null;
  /** Public and secret merged, defaults applied: for status decisions only, never for display. */
  settings: Record<string, unknown>;
};

function configIssue(path: string, message: string): FieldIssue {
  return { path: path ? (path.startsWith("[") ? `config${path}` : `config.${path}`) : "config", message };
}

/** Validates the whole settings object (defaults filled in) and splits it for storage. */
export function prepareSettings(definition: IntegrationDefinition, values: Record<string, unknown>): StoredSettings {
  const result = validateAgainstSchema<Record<string, unknown>>(definition.configSchema, values);
  if (!result.ok) {
    const issues = result.errors.map((e) => configIssue(e.path, e.message));
    throw new ValidationError(`Check the settings: ${issues.length === 1 ? "1 field needs" : `${issues.length} fields need`} attention`, issues);
  }
  const settings = result.value ?? {};
  const { publicValues, secretValues } = splitSecrets(definition.configSchema, settings);
  return {
    config: publicValues,
    secretConfig: Object.keys(secretValues).length > 0 ? encryptJson(secretValues) : null,
    settings,
  };
}

function filled(value: unknown): boolean {
  return typeof value === "string" ? value !== "" : value !== undefined && value !== null;
}

/**
 * Whether the instance can work without a Connect step: no auth at all, an API key that is one of
 * its settings (seed 001's CRM `apiKey`), or a webhook signing secret that is one of its settings.
 */
export function authSatisfiedBySettings(definition: IntegrationDefinition, settings: Record<string, unknown>): boolean {
  switch (definition.authType) {
    case "none":
      return true;
    case "api_key":
      return filled(settings.apiKey);
    case "hmac":
      return filled(settings[resolveWebhookSettings(definition).secretField]);
    default:
      return false;
  }
}

/** DISABLED when switched off; otherwise ACTIVE when connected or no Connect is needed. */
export function resolveStatus(options: { enabled: boolean; connected: boolean; definition: IntegrationDefinition; settings: Record<string, unknown> }): InstanceStatus {
  if (!options.enabled) return "DISABLED";
  return options.connected || authSatisfiedBySettings(options.definition, options.settings) ? "ACTIVE" : "PENDING_AUTHENTICATION";
}
