// Acme's token, revocation and stats endpoints: authorization_code with PKCE, rotating refresh
// tokens, client_credentials. Every token-endpoint call is counted per client for tests.
import crypto from "node:crypto";
import { authenticateClient } from "./client-auth";
import { findGrant, incrementCounter, issueGrant, readCounter, takeGrant, type GrantData } from "./grants";
import { DEFAULT_SCOPE, SCOPE_LABELS } from "./authorize";
import { envSeconds, jsonResponse, oauthError, readFields } from "./http";

const ACCESS_TOKEN_TTL_SECONDS = 300;

function s256(verifier: string): string {
  return crypto.createHash("sha256").update(verifier).digest("base64url");
}

async function tokenAnswer(clientId: string, scope: string, withRefresh: boolean): Promise<Response> {
  const ttl = envSeconds("ACME_TOKEN_TTL_SECONDS", ACCESS_TOKEN_TTL_SECONDS);
  const accessToken = await issueGrant("access_token", { clientId, scope }, ttl);
  const body: Record<string, unknown> = { access_token: accessToken, token_type: "Bearer", expires_in: ttl, scope };
  if (withRefresh) body.refresh_token = await issueGrant("refresh_token", { clientId, scope }, null);
  return jsonResponse(body);
}

async function authorizationCode(fields: Record<string, string>, clientId: string): Promise<Response> {
  const grant = fields.code ? await takeGrant("code", fields.code) : null;
  if (!grant || grant.clientId !== clientId) return oauthError("invalid_grant", "The code is unknown, expired, already used or for another client.");
  if (grant.redirectUri !== fields.redirect_uri) return oauthError("invalid_grant", "redirect_uri differs from the authorization request.");
  if (!fields.code_verifier || s256(fields.code_verifier) !== grant.codeChallenge) {
    return oauthError("invalid_grant", "The PKCE code_verifier does not match the code_challenge.");
  }
  return tokenAnswer(clientId, grant.scope, true);
}

async function refreshToken(fields: Record<string, string>, clientId: string): Promise<Response> {
  const grant: GrantData | null = fields.refresh_token ? await takeGrant("refresh_token", fields.refresh_token) : null;
  if (!grant || grant.clientId !== clientId) return oauthError("invalid_grant", "The refresh token is unknown, revoked or was already used.");
  return tokenAnswer(clientId, grant.scope, true);
}

async function clientCredentials(fields: Record<string, string>, clientId: string): Promise<Response> {
  const scopes = (fields.scope || DEFAULT_SCOPE).split(/\s+/).filter(Boolean);
  if (scopes.some((scope) => !(scope in SCOPE_LABELS))) return oauthError("invalid_scope", "Acme does not know one of the scopes.");
  return tokenAnswer(clientId, scopes.join(" "), false);
}

export async function tokenEndpoint(request: Request): Promise<Response> {
  const fields = await readFields(request);
  const client = authenticateClient(request.headers.get("authorization"), fields);
  if (!client.ok) return oauthError("invalid_client", client.reason, 401, { "WWW-Authenticate": 'Basic realm="acme"' });
  const grantType = fields.grant_type ?? "";
  await incrementCounter("stats", client.clientId, grantType || "unknown");
  if (grantType === "authorization_code") return authorizationCode(fields, client.clientId);
  if (grantType === "refresh_token") return refreshToken(fields, client.clientId);
  if (grantType === "client_credentials") return clientCredentials(fields, client.clientId);
  return oauthError("unsupported_grant_type", "Acme supports authorization_code, refresh_token and client_credentials.");
}

/** RFC 7009: always 200 for a valid client, whether or not the token was known. */
export async function revokeEndpoint(request: Request): Promise<Response> {
  const fields = await readFields(request);
  const client = authenticateClient(request.headers.get("authorization"), fields);
  if (!client.ok) return oauthError("invalid_client", client.reason, 401);
  await incrementCounter("stats", client.clientId, "revoke");
  const token = fields.token ?? "";
  for (const kind of ["access_token", "refresh_token"] as const) {
    const grant = await findGrant(kind, token);
    if (grant && grant.clientId === client.clientId) await takeGrant(kind, token);
  }
  return new Response(null, { status: 200, headers: { "Cache-Control": "no-store" } });
}

/** Token-endpoint calls per grant type for one client (demo only). */
export async function statsEndpoint(request: Request): Promise<Response> {
  const clientId = new URL(request.url).searchParams.get("client_id");
  if (!clientId) return oauthError("invalid_request", "Pass ?client_id=");
  return jsonResponse({ clientId, calls: await readCounter("stats", clientId) });
}
