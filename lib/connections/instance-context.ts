// The connection code's view of an instance, built on the one instance loader (lib/instances/context).
import { hubUrl } from "@/lib/env";
import type { InstanceStatus } from "@/lib/generated/prisma/enums";
import type { AuthType } from "@/lib/definitions/format";
import { loadInstanceContext, type InstanceContext } from "@/lib/instances/context";

export type { AuthType };

export type ConnectionContext = {
  instanceId: string;
  workspaceId: string;
  instanceName: string;
  status: InstanceStatus;
  statusReason: string | null;
  definitionName: string;
  authType: AuthType;
  /** The definition document (hubUrl applied), read defensively by the OAuth2 settings. */
  document: Record<string, unknown>;
  settings: Record<string, unknown>;
};

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

/** The connection code's view of an instance someone already loaded (the executor does). */
export function toConnectionContext({ instance, definition, settings }: InstanceContext): ConnectionContext {
  return {
    instanceId: instance.id,
    workspaceId: instance.workspaceId,
    instanceName: instance.name,
    status: instance.status,
    statusReason: instance.statusReason,
    definitionName: definition.name,
    authType: definition.authType,
    document: definition as unknown as Record<string, unknown>,
    settings,
  };
}

/** The instance, checked to belong to `workspaceId` when given (a foreign instance is "not found"). */
export async function loadConnectionContext(instanceId: string, workspaceId?: string): Promise<ConnectionContext> {
  return toConnectionContext(await loadInstanceContext(instanceId, workspaceId));
}
