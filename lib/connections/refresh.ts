// Access tokens about to expire are refreshed before use, once, however many callers wait:
// within a process callers share one promise, and across processes the Connection row is locked
// (SELECT … FOR UPDATE) and re-read, so a caller that got the lock late uses the new token.
import { db } from "@/lib/db/client";
import type { Connection } from "@/lib/generated/prisma/client";
import { decryptJson } from "@/lib/crypto/secret-box";
import { AppError, AuthenticationError } from "@/lib/errors";
import { markFailed, recordEvent, storeTokens, type OAuth2Credentials } from "./connection-store";
import { loadConnectionContext } from "./instance-context";
import { oauth2Settings, type OAuth2Settings } from "./oauth2-settings";
import { clientCredentialsGrant, refreshGrant, TokenGrantError, type TokenSet } from "./token-grants";

export const REFRESH_MARGIN_MS = 60_000;
const RETRY_DELAYS_MS = [250, 750];
const LOCK_TIMEOUT_MS = 30_000;

export const INVALID_GRANT_REASON = "The provider no longer accepts the saved authorisation (invalid_grant). Reconnect the account.";
const NO_REFRESH_TOKEN_REASON = "The access token expired and the provider gave no refresh token. Reconnect the account.";

export type FreshToken = { accessToken: string; tokenType: string };

const inFlight = new Map<string, Promise<FreshToken>>();

export function needsRefresh(expiresAt: Date | null, now = Date.now()): boolean {
  return expiresAt !== null && expiresAt.getTime() - now <= REFRESH_MARGIN_MS;
}

function temporaryError(): AppError {
  return new AppError("TEMPORARY_ERROR", "The provider's token endpoint is not available right now. Try again shortly.", 503);
}

async function withRetries(call: () => Promise<TokenSet>): Promise<TokenSet> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await call();
    } catch (error) {
      const transient = !(error instanceof TokenGrantError) || error.transient;
      if (!transient || attempt >= RETRY_DELAYS_MS.length) throw error;
      await new Promise((resolve) => setTimeout(resolve, RETRY_DELAYS_MS[attempt]));
    }
  }
}

function newTokens(settings: OAuth2Settings, log: { workspaceId: string; instanceId: string; serviceName: string }, credentials: OAuth2Credentials) {
  if (credentials.refreshToken) return withRetries(() => refreshGrant(settings, log, credentials.refreshToken as string));
  return withRetries(() => clientCredentialsGrant(settings, log));
}

type Outcome = { kind: "fresh"; token: FreshToken } | { kind: "failed"; reason: string } | { kind: "temporary" } | { kind: "missing" };

/** The locked refresh. Exported for tests that play several processes; use getFreshAccessToken. */
export async function refreshWithLock(instanceId: string): Promise<FreshToken> {
  const context = await loadConnectionContext(instanceId);
  const settings = oauth2Settings(context);
  const ref = { instanceId, workspaceId: context.workspaceId };
  const log = { ...ref, serviceName: context.definitionName };
  const outcome = await db.$transaction(
    async (tx): Promise<Outcome> => {
      const rows = await tx.$queryRaw<{ credentials: string; expiresAt: Date | string | null; tokenType: string | null }[]>`
        SELECT "credentials", "expiresAt", "tokenType" FROM "Connection" WHERE "instanceId" = ${instanceId} FOR UPDATE`;
      const row = rows[0];
      if (!row) return { kind: "missing" };
      const credentials = decryptJson<OAuth2Credentials>(row.credentials);
      const expiresAt = row.expiresAt === null ? null : new Date(row.expiresAt);
      // Another caller refreshed while this one waited for the lock.
      if (!needsRefresh(expiresAt)) return { kind: "fresh", token: { accessToken: credentials.accessToken, tokenType: row.tokenType ?? "bearer" } };
      if (!credentials.refreshToken && settings.grantType !== "client_credentials") {
        await markFailed(tx, ref, NO_REFRESH_TOKEN_REASON, "Token refresh failed");
        return { kind: "failed", reason: NO_REFRESH_TOKEN_REASON };
      }
      try {
        const tokens = await newTokens(settings, log, credentials);
        await storeTokens(tx, ref, tokens, { requestedScopes: settings.scopes, previousRefreshToken: credentials.refreshToken, refreshed: true });
        return { kind: "fresh", token: { accessToken: tokens.accessToken, tokenType: tokens.tokenType } };
      } catch (error) {
        await tx.connection.update({ where: { instanceId }, data: { refreshFailures: { increment: 1 } } });
        if (error instanceof TokenGrantError && !error.transient) {
          const reason = error.oauthError === "invalid_grant" ? INVALID_GRANT_REASON : `Refreshing the access token failed: ${error.message}`;
          await markFailed(tx, ref, reason, "Token refresh failed");
          return { kind: "failed", reason };
        }
        await recordEvent(tx, ref, "warning", "Token refresh failed for now; it will be tried again", error instanceof Error ? error.message : undefined);
        return { kind: "temporary" };
      }
    },
    { timeout: LOCK_TIMEOUT_MS, maxWait: LOCK_TIMEOUT_MS },
  );
  if (outcome.kind === "fresh") return outcome.token;
  if (outcome.kind === "failed") throw new AuthenticationError(outcome.reason);
  if (outcome.kind === "missing") throw new AuthenticationError("The account is not connected. Press Connect first.");
  throw temporaryError();
}

/**
 * A usable access token for the instance, refreshed first when it expires within a minute. A
 * caller that has just read the Connection row passes it; the locked refresh re-reads it anyway.
 */
export async function getFreshAccessToken(instanceId: string, row?: Connection | null): Promise<FreshToken> {
  const connection = row ?? (await db.connection.findUnique({ where: { instanceId } }));
  if (!connection) throw new AuthenticationError("The account is not connected. Press Connect first.");
  if (!needsRefresh(connection.expiresAt)) {
    const credentials = decryptJson<OAuth2Credentials>(connection.credentials);
    return { accessToken: credentials.accessToken, tokenType: connection.tokenType ?? "bearer" };
  }
  const running = inFlight.get(instanceId);
  if (running) return running;
  const flight = refreshWithLock(instanceId).finally(() => inFlight.delete(instanceId));
  inFlight.set(instanceId, flight);
  return flight;
}
