// Writes of the Connection row and of the instance status that goes with it, each with its Event.
import { db, Prisma } from "@/lib/db/client";
import { encryptJson } from "@/lib/crypto/secret-box";
import type { TokenSet } from "./token-grants";

type Tx = Prisma.TransactionClient;

/** What is encrypted in Connection.credentials for OAuth2. */
export type OAuth2Credentials = { accessToken: string; refreshToken?: string };

export type InstanceRef = { instanceId: string; workspaceId: string };

export async function recordEvent(
  client: Tx | typeof db,
  ref: InstanceRef,
  level: "info" | "warning" | "error",
  summary: string,
  details?: string,
) {
  await client.event.create({
    data: { workspaceId: ref.workspaceId, instanceId: ref.instanceId, level, summary, details: details ?? null, relatedType: "connection", relatedId: ref.instanceId },
  });
}

export async function markActive(client: Tx | typeof db, ref: InstanceRef) {
  await client.integrationInstance.update({ where: { id: ref.instanceId }, data: { status: "ACTIVE", statusReason: null } });
}

/** Instance FAILED with a reason in plain words, plus an error Event carrying the same words. */
export async function markFailed(client: Tx | typeof db, ref: InstanceRef, reason: string, summary = "Connection failed") {
  await client.integrationInstance.update({ where: { id: ref.instanceId }, data: { status: "FAILED", statusReason: reason } });
  await recordEvent(client, ref, "error", summary, reason);
}

/** Stores a fresh token set (encrypted), keeping the old refresh token when the provider sent none. */
export async function storeTokens(
  client: Tx | typeof db,
  ref: InstanceRef,
  tokens: TokenSet,
  options: { requestedScopes: string[]; previousRefreshToken?: string; connectedById?: string | null; refreshed: boolean },
) {
  const credentials: OAuth2Credentials = { accessToken: tokens.accessToken };
  const refreshToken = tokens.refreshToken ?? options.previousRefreshToken;
  if (refreshToken) credentials.refreshToken = refreshToken;
  const now = new Date();
  const common = {
    authType: "oauth2",
    credentials: encryptJson(credentials),
    tokenType: tokens.tokenType,
    expiresAt: tokens.expiresAt,
    refreshFailures: 0,
  };
  const scopes = tokens.scopes ?? options.requestedScopes;
  if (options.refreshed) {
    await client.connection.update({
      where: { instanceId: ref.instanceId },
      data: { ...common, lastRefreshedAt: now, ...(tokens.scopes ? { scopes } : {}) },
    });
    return;
  }
  await client.connection.upsert({
    where: { instanceId: ref.instanceId },
    create: { ...common, instanceId: ref.instanceId, scopes, lastRefreshedAt: null, connectedById: options.connectedById ?? null },
    update: { ...common, scopes, lastRefreshedAt: null, connectedById: options.connectedById ?? null },
  });
}
