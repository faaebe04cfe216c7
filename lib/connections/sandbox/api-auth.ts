import { findGrant } from "./grants";
import { jsonResponse } from "./http";

export type ApiCaller = { account: string; scopes: string[] };

/** Checks `Authorization: Bearer <access token>` and the scope; a Response is the refusal. */
export async function authenticateApi(request: Request, scope: string): Promise<ApiCaller | Response> {
  const match = request.headers.get("authorization")?.match(/^Bearer\s+(\S+)$/i);
  const grant = match ? await findGrant("access_token", match[1]) : null;
  if (!grant) {
    return jsonResponse({ error: "invalid_token", error_description: "The access token is missing, expired or revoked." }, 401, {
      "WWW-Authenticate": 'Bearer realm="acme", error="invalid_token"',
    });
  }
  const scopes = grant.scope.split(/\s+/).filter(Boolean);
  if (!scopes.includes(scope)) {
    return jsonResponse({ error: "insufficient_scope", error_description: `This call needs the scope ${scope}.` }, 403, {
      "WWW-Authenticate": `Bearer realm="acme", error="insufficient_scope", scope="${scope}"`,
    });
  }
  return { account: grant.clientId, scopes };
}
