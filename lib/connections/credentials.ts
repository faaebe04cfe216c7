// Non-OAuth credentials (API key, basic, bearer, HMAC secret), the connection summary shown to
// operators (never a secret), and the credentials the executor puts on an outbound request.
import { z } from "zod";
import { db } from "@/lib/db/client";
import { decryptJson, encryptJson } from "@/lib/crypto/secret-box";
import { AuthenticationError, ValidationError, zodIssues } from "@/lib/errors";
import type { InstanceStatus } from "@/lib/generated/prisma/enums";
import { auditConnection, type ConnectActor } from "./actor";
import { markActive, recordEvent } from "./connection-store";
import { isRecord, loadConnectionContext, stringOf, type AuthType, type ConnectionContext } from "./instance-context";
import { getFreshAccessToken } from "./refresh";

export const credentialsInputSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("api_key"), apiKey: z.string().trim().min(1, "Enter the API key") }),
  z.object({ type: z.literal("basic"), username: z.string().trim().min(1, "Enter the username"), password: z.string().min(1, "Enter the password") }),
  z.object({ type: z.literal("bearer"), token: z.string().trim().min(1, "Enter the token") }),
  z.object({ type: z.literal("hmac"), secret: z.string().min(1, "Enter the signing secret") }),
]);
export type CredentialsInput = z.infer<typeof credentialsInputSchema>;

/** Credentials for one outbound request (matches HttpAuth of lib/execution/http-auth). */
export type RequestAuth =
  | { type: "none" }
  | { type: "api_key"; key: string; in: "header" | "query"; name: string }
  | { type: "basic"; username: string; password: string }
  | { type: "bearer"; token: string }
  | { type: "oauth2"; accessToken: string; tokenType: string };

export type ConnectionSummary = {
  connected: boolean;
  authType: AuthType;
  scopes: string[];
  expiresAt: Date | null;
  lastRefreshedAt: Date | null;
  connectedAt: Date | null;
  status: InstanceStatus;
  statusReason: string | null;
  /** Names of the stored secret fields (for a "Set" badge), never their values. */
  storedFields: string[];
};

const STORED_FIELDS: Record<CredentialsInput["type"], string[]> = {
  api_key: ["apiKey"],
  basic: ["username", "password"],
  bearer: ["token"],
  hmac: ["secret"],
};

/** Encrypts and stores the credentials; the instance becomes ACTIVE. */
export async function saveCredentials(actor: ConnectActor, instanceId: string, input: CredentialsInput): Promise<void> {
  const parsed = credentialsInputSchema.safeParse(input);
  if (!parsed.success) throw new ValidationError("Check the credentials", zodIssues(parsed.error));
  const context = await loadConnectionContext(instanceId, actor.workspaceId);
  if (context.authType !== parsed.data.type) {
    throw new ValidationError(`This integration authenticates with ${context.authType}, not ${parsed.data.type}`, [{ path: "type", message: `Must be ${context.authType}` }]);
  }
  const { type, ...secret } = parsed.data;
  const ref = { instanceId, workspaceId: context.workspaceId };
  await db.$transaction(async (tx) => {
    const data = { authType: type, credentials: encryptJson(secret), scopes: [], tokenType: null, expiresAt: null, lastRefreshedAt: null, refreshFailures: 0, connectedById: actor.userId ?? null };
    await tx.connection.upsert({ where: { instanceId }, create: { instanceId, ...data }, update: data });
    await markActive(tx, ref);
    await recordEvent(tx, ref, "info", "Credentials saved");
  });
  await auditConnection(actor, context.workspaceId, "connection.credentials", instanceId, { type });
}

export async function connectionSummary(instanceId: string, workspaceId?: string): Promise<ConnectionSummary> {
  const context = await loadConnectionContext(instanceId, workspaceId);
  const connection = await db.connection.findUnique({ where: { instanceId } });
  const keyInSettings = context.authType === "api_key" && stringOf(context.settings.apiKey) !== undefined;
  const storedType = connection?.authType as CredentialsInput["type"] | undefined;
  return {
    connected: connection !== null || keyInSettings,
    authType: context.authType,
    scopes: connection?.scopes ?? [],
    expiresAt: connection?.expiresAt ?? null,
    lastRefreshedAt: connection?.lastRefreshedAt ?? null,
    connectedAt: connection?.createdAt ?? null,
    status: context.status,
    statusReason: context.statusReason,
    storedFields: storedType && storedType in STORED_FIELDS ? STORED_FIELDS[storedType] : keyInSettings ? ["apiKey"] : [],
  };
}

function stored(credentials: string | undefined): Record<string, unknown> {
  if (!credentials) return {};
  const value = decryptJson<unknown>(credentials);
  return isRecord(value) ? value : {};
}

function missing(what: string): AuthenticationError {
  return new AuthenticationError(`No ${what} is saved for this instance. Open the Connection tab and enter it.`);
}

/**
 * The credentials for the next request; OAuth2 tokens are refreshed first when about to expire.
 * A caller that has already loaded the instance (the executor) passes it, saving a query.
 */
export async function getAuthForRequest(instanceId: string, loaded?: ConnectionContext): Promise<RequestAuth> {
  const context = loaded ?? (await loadConnectionContext(instanceId));
  const connection = await db.connection.findUnique({ where: { instanceId } });
  const saved = stored(connection?.credentials);
  const settings = context.settings;
  switch (context.authType) {
    case "none":
    case "hmac":
      return { type: "none" };
    case "api_key": {
      const key = stringOf(saved.apiKey) ?? stringOf(settings.apiKey);
      if (!key) throw missing("API key");
      const placement = isRecord(context.document.apiKey) ? context.document.apiKey : {};
      const where = placement.in === "query" ? "query" : "header";
      const name = stringOf(placement.name) ?? (where === "header" ? "X-API-Key" : "api_key");
      return { type: "api_key", key, in: where, name };
    }
    case "basic": {
      const username = stringOf(saved.username) ?? stringOf(settings.username);
      const password = stringOf(saved.password) ?? stringOf(settings.password);
      if (!username || !password) throw missing("username and password");
      return { type: "basic", username, password };
    }
    case "bearer": {
      const token = stringOf(saved.token) ?? stringOf(settings.token);
      if (!token) throw missing("token");
      return { type: "bearer", token };
    }
    case "oauth2": {
      if (!connection) throw new AuthenticationError("The account is not connected. Press Connect first.");
      if (context.status === "FAILED" && connection.refreshFailures > 0) {
        throw new AuthenticationError(context.statusReason ?? "The saved authorisation no longer works. Reconnect the account.");
      }
      const token = await getFreshAccessToken(instanceId, connection);
      return { type: "oauth2", accessToken: token.accessToken, tokenType: token.tokenType };
    }
  }
}
