// The OAuth2 connect flow: authorization code with PKCE (S256) and one-time state, or the client
// credentials grant; the deny path; and disconnect with revocation.
import { db } from "@/lib/db/client";
import { decryptJson } from "@/lib/crypto/secret-box";
import { ValidationError } from "@/lib/errors";
import { auditConnection, type ConnectActor } from "./actor";
import { markActive, markFailed, recordEvent, storeTokens, type OAuth2Credentials } from "./connection-store";
import { loadConnectionContext, type ConnectionContext } from "./instance-context";
import { oauth2Settings, type OAuth2Settings } from "./oauth2-settings";
import { consumeOAuthState, createOAuthState, findOAuthState } from "./oauth-state";
import { clientCredentialsGrant, exchangeCode, revokeToken, TokenGrantError, type TokenSet } from "./token-grants";

export type StartResult = { authorizationUrl: string | null; state: string | null; connected: boolean };

const CORE_PARAMS = new Set(["client_id", "redirect_uri", "response_type", "scope", "state", "code_challenge", "code_challenge_method"]);

function requireOAuth2(context: ConnectionContext): OAuth2Settings {
  if (context.authType !== "oauth2") {
    throw new ValidationError(`This integration authenticates with ${context.authType}, not OAuth2`, [{ path: "authType", message: "Not an OAuth2 integration" }]);
  }
  return oauth2Settings(context);
}

function logBase(context: ConnectionContext) {
  return { workspaceId: context.workspaceId, instanceId: context.instanceId, serviceName: context.definitionName };
}

async function saveConnected(actor: ConnectActor | null, context: ConnectionContext, settings: OAuth2Settings, tokens: TokenSet, via: string) {
  const ref = { instanceId: context.instanceId, workspaceId: context.workspaceId };
  await db.$transaction(async (tx) => {
    await storeTokens(tx, ref, tokens, { requestedScopes: settings.scopes, connectedById: actor?.userId ?? null, refreshed: false });
    await markActive(tx, ref);
    const scopes = tokens.scopes ?? settings.scopes;
    await recordEvent(tx, ref, "info", "Connected", scopes.length ? `Granted scopes: ${scopes.join(", ")}` : undefined);
  });
  await auditConnection(actor, context.workspaceId, "connection.connect", context.instanceId, { via, scopes: tokens.scopes ?? settings.scopes });
}

async function failWith(context: ConnectionContext, error: unknown, what: string): Promise<never> {
  const reason = error instanceof TokenGrantError ? `${what}: ${error.message}` : `${what}: an unexpected error occurred`;
  await markFailed(db, { instanceId: context.instanceId, workspaceId: context.workspaceId }, reason);
  throw error;
}

/** Fetches a token with the client credentials grant; no browser involved. */
export async function connectClientCredentials(actor: ConnectActor, instanceId: string): Promise<void> {
  const context = await loadConnectionContext(instanceId, actor.workspaceId);
  const settings = requireOAuth2(context);
  const tokens = await clientCredentialsGrant(settings, logBase(context)).catch((error: unknown) => failWith(context, error, "Fetching a token failed"));
  await saveConnected(actor, context, settings, tokens, "client_credentials");
}

/** Starts Connect: the URL to send the browser to, or (client credentials) connects at once. */
export async function startOAuth2(actor: ConnectActor, instanceId: string, options: { origin: "ui" | "api"; redirectUri?: string }): Promise<StartResult> {
  const context = await loadConnectionContext(instanceId, actor.workspaceId);
  const settings = requireOAuth2(context);
  if (settings.grantType === "client_credentials") {
    await connectClientCredentials(actor, instanceId);
    return { authorizationUrl: null, state: null, connected: true };
  }
  if (!settings.authorizationUrl) {
    throw new ValidationError("The definition has no authorization URL", [{ path: "oauth2Config.authorizationUrl", message: "Required" }]);
  }
  const redirectUri = options.redirectUri ?? settings.redirectUri;
  const created = await createOAuthState({ workspaceId: context.workspaceId, instanceId, userId: actor.userId ?? null, redirectUri, origin: options.origin });
  const url = new URL(settings.authorizationUrl);
  url.searchParams.set("client_id", settings.clientId);
  url.searchParams.set("redirect_uri", redirectUri);
  url.searchParams.set("response_type", "code");
  if (settings.scopes.length > 0) url.searchParams.set("scope", settings.scopes.join(settings.scopeDelimiter));
  for (const [name, value] of Object.entries(settings.additionalParameters)) {
    if (!CORE_PARAMS.has(name)) url.searchParams.set(name, value);
  }
  url.searchParams.set("state", created.state);
  url.searchParams.set("code_challenge", created.codeChallenge);
  url.searchParams.set("code_challenge_method", "S256");
  return { authorizationUrl: url.toString(), state: created.state, connected: false };
}

/** Completes Connect with the code the provider sent back; the state is checked and used up. */
export async function completeOAuth2(
  actor: ConnectActor | null,
  input: { code: string; state: string; instanceId?: string },
): Promise<{ instanceId: string; workspaceId: string; origin: string }> {
  const record = await consumeOAuthState(input.state, { workspaceId: actor?.workspaceId, instanceId: input.instanceId, userId: actor?.userId ?? null });
  const context = await loadConnectionContext(record.instanceId, record.workspaceId);
  const settings = requireOAuth2(context);
  const tokens = await exchangeCode(settings, logBase(context), { code: input.code, codeVerifier: record.codeVerifier, redirectUri: record.redirectUri })
    .catch((error: unknown) => failWith(context, error, "Exchanging the authorization code failed"));
  await saveConnected(actor, context, settings, tokens, "authorization_code");
  return { instanceId: context.instanceId, workspaceId: context.workspaceId, origin: record.origin };
}

export function describeProviderError(error: string, description?: string | null): string {
  if (error === "access_denied") return "The account owner denied access (access_denied)";
  const detail = description ? `: ${description.slice(0, 200)}` : "";
  return `The provider refused the authorisation (${error.slice(0, 60)})${detail}`;
}

/** The provider sent the browser back with an error (e.g. the owner pressed Deny). */
export async function failOAuth2(
  state: string,
  error: string,
  description?: string | null,
  expected?: { userId: string | null; workspaceId?: string },
): Promise<{ instanceId: string; workspaceId: string; reason: string }> {
  // Without an expected user (a trusted caller), the state's own user is taken as given.
  const who = expected ?? { userId: (await findOAuthState(state))?.userId ?? null };
  const record = await consumeOAuthState(state, who);
  const reason = describeProviderError(error, description);
  await markFailed(db, { instanceId: record.instanceId, workspaceId: record.workspaceId }, reason);
  return { instanceId: record.instanceId, workspaceId: record.workspaceId, reason };
}

/** Revokes the tokens where the provider supports it, forgets the connection, back to PENDING_AUTHENTICATION. */
export async function disconnect(actor: ConnectActor, instanceId: string): Promise<void> {
  const context = await loadConnectionContext(instanceId, actor.workspaceId);
  const connection = await db.connection.findUnique({ where: { instanceId } });
  const ref = { instanceId, workspaceId: context.workspaceId };
  let revokeProblem: string | null = null;
  if (connection?.authType === "oauth2" && context.authType === "oauth2") {
    try {
      const settings = oauth2Settings(context);
      const credentials = decryptJson<OAuth2Credentials>(connection.credentials);
      if (credentials.refreshToken) await revokeToken(settings, logBase(context), credentials.refreshToken, "refresh_token");
      await revokeToken(settings, logBase(context), credentials.accessToken, "access_token");
    } catch (error) {
      revokeProblem = error instanceof Error ? error.message : "unknown error";
    }
  }
  await db.$transaction(async (tx) => {
    await tx.connection.deleteMany({ where: { instanceId } });
    await tx.integrationInstance.update({ where: { id: instanceId }, data: { status: "PENDING_AUTHENTICATION", statusReason: null } });
    await recordEvent(tx, ref, "info", "Disconnected");
    if (revokeProblem) await recordEvent(tx, ref, "warning", "The provider did not confirm that the tokens were revoked", revokeProblem);
  });
  await auditConnection(actor, context.workspaceId, "connection.disconnect", instanceId);
}
