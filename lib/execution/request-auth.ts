// Credentials for an execution, and the connection gate in front of them.
import { getAuthForRequest } from "@/lib/connections/credentials";
import { toConnectionContext } from "@/lib/connections/instance-context";
import { fromAppError } from "./app-error";
import { IntegrationError } from "./errors";
import type { InstanceContext } from "@/lib/instances/context";
import type { HttpAuth } from "./http-auth";

const NO_CREDENTIALS: ReadonlySet<string> = new Set(["none", "hmac"]);

/**
 * Refuses instances that cannot be called: disabled ones, and OAuth2 instances that were never
 * connected or whose connection failed. Static credentials (API key, basic, bearer) may live in
 * the settings, so for them the presence of the credentials decides (see resolveAuth).
 */
export function assertCallable(context: InstanceContext): void {
  const { instance, definition } = context;
  if (!instance.enabled || instance.status === "DISABLED") {
    throw new IntegrationError("AUTHENTICATION_ERROR", "This integration is disabled. Enable it on its Settings tab.", {
      reason: "disabled",
    });
  }
  if (definition.authType !== "oauth2") return;
  if (instance.status === "PENDING_AUTHENTICATION") {
    throw new IntegrationError("AUTHENTICATION_ERROR", "Connect an account first: open the Connection tab and press Connect.", {
      reason: "not_connected",
    });
  }
  if (instance.status === "FAILED") {
    const why = instance.statusReason ? ` ${instance.statusReason}` : "";
    throw new IntegrationError("AUTHENTICATION_ERROR", `Connect an account first: the last connection failed.${why}`, {
      reason: "connection_failed",
    });
  }
}

/** The credentials for the next attempt (OAuth2 tokens refreshed by lib/connections when due). */
export async function resolveAuth(context: InstanceContext): Promise<HttpAuth> {
  if (NO_CREDENTIALS.has(context.definition.authType)) return { type: "none" };
  try {
    return await getAuthForRequest(context.instance.id, toConnectionContext(context));
  } catch (error) {
    const converted = fromAppError(error);
    if (converted.code === "AUTHENTICATION_ERROR") {
      throw new IntegrationError("AUTHENTICATION_ERROR", `Connect an account first: ${converted.message}`, { reason: "no_credentials" });
    }
    throw converted;
  }
}
