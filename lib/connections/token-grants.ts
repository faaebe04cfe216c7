// The four token-endpoint calls (code exchange, refresh, client credentials, revoke) with their
// answers turned into a TokenSet or a TokenGrantError that says whether trying again can help.
import * as oauth from "oauth4webapi";
import { AppError } from "@/lib/errors";
import { splitScopes, type OAuth2Settings } from "./oauth2-settings";
import { authorizationServer, oauthClient, tokenRequestOptions, type TokenCallLog } from "./token-endpoint";

export type TokenSet = {
  accessToken: string;
  refreshToken?: string;
  tokenType: string;
  expiresAt: Date | null;
  /** Scopes granted, when the provider says; null means "as requested". */
  scopes: string[] | null;
};

type LogBase = Omit<TokenCallLog, "method" | "description" | "secretValues">;

/** A failed token call. `oauthError` is the provider's error code (e.g. invalid_grant), if any. */
export class TokenGrantError extends AppError {
  constructor(
    message: string,
    readonly oauthError: string | null,
    readonly transient: boolean,
  ) {
    super(transient ? "TEMPORARY_ERROR" : "AUTHENTICATION_ERROR", message, transient ? 503 : 401, oauthError ? { oauthError } : undefined);
    this.name = "TokenGrantError";
  }
}

function toTokenSet(response: oauth.TokenEndpointResponse, settings: OAuth2Settings): TokenSet {
  const expiresIn = typeof response.expires_in === "number" ? response.expires_in : undefined;
  return {
    accessToken: response.access_token,
    refreshToken: response.refresh_token,
    tokenType: response.token_type,
    expiresAt: expiresIn === undefined ? null : new Date(Date.now() + expiresIn * 1000),
    scopes: typeof response.scope === "string" ? splitScopes(response.scope, settings.scopeDelimiter) : null,
  };
}

function describe(error: unknown): TokenGrantError {
  if (error instanceof TokenGrantError) return error;
  if (error instanceof oauth.ResponseBodyError) {
    const transient = error.status >= 500 || error.status === 429;
    const detail = error.error_description ? `: ${error.error_description}` : "";
    return new TokenGrantError(`The provider refused the token request (${error.error})${detail}`, error.error, transient);
  }
  if (error instanceof oauth.OperationProcessingError && error.cause instanceof Response) {
    const status = error.cause.status;
    const transient = status >= 500 || status === 429;
    return new TokenGrantError(`The provider's token endpoint answered ${status}`, null, transient);
  }
  if (error instanceof oauth.OperationProcessingError || error instanceof oauth.UnsupportedOperationError) {
    return new TokenGrantError(`The provider's token answer is not valid OAuth2 (${error.message})`, null, false);
  }
  return new TokenGrantError("The provider's token endpoint could not be reached or did not answer in time", null, true);
}

async function run<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw describe(error);
  }
}

export async function exchangeCode(settings: OAuth2Settings, log: LogBase, input: { code: string; codeVerifier: string; redirectUri: string }): Promise<TokenSet> {
  const as = authorizationServer(settings);
  const { client, clientAuth } = oauthClient(settings);
  const options = tokenRequestOptions(settings, settings.tokenUrl, {
    ...log, method: "oauth2.token", description: "Exchange the authorization code for tokens", secretValues: [input.code, input.codeVerifier],
  });
  return run(async () => {
    const params = oauth.validateAuthResponse(as, client, new URLSearchParams({ code: input.code }), oauth.skipStateCheck);
    const response = await oauth.authorizationCodeGrantRequest(as, client, clientAuth, params, input.redirectUri, input.codeVerifier, options);
    return toTokenSet(await oauth.processAuthorizationCodeResponse(as, client, response), settings);
  });
}

export async function refreshGrant(settings: OAuth2Settings, log: LogBase, refreshToken: string): Promise<TokenSet> {
  const as = authorizationServer(settings, settings.refreshUrl);
  const { client, clientAuth } = oauthClient(settings);
  const options = tokenRequestOptions(settings, settings.refreshUrl, {
    ...log, method: "oauth2.refresh", description: "Refresh the access token", secretValues: [refreshToken],
  });
  return run(async () => {
    const response = await oauth.refreshTokenGrantRequest(as, client, clientAuth, refreshToken, options);
    return toTokenSet(await oauth.processRefreshTokenResponse(as, client, response), settings);
  });
}

export async function clientCredentialsGrant(settings: OAuth2Settings, log: LogBase): Promise<TokenSet> {
  const as = authorizationServer(settings);
  const { client, clientAuth } = oauthClient(settings);
  const options = tokenRequestOptions(settings, settings.tokenUrl, {
    ...log, method: "oauth2.token", description: "Fetch a token with the client credentials grant", secretValues: [],
  });
  const parameters: Record<string, string> = { ...settings.additionalParameters };
  if (settings.scopes.length > 0) parameters.scope = settings.scopes.join(settings.scopeDelimiter);
  return run(async () => {
    const response = await oauth.clientCredentialsGrantRequest(as, client, clientAuth, parameters, options);
    return toTokenSet(await oauth.processClientCredentialsResponse(as, client, response), settings);
  });
}

export async function revokeToken(settings: OAuth2Settings, log: LogBase, token: string, hint: "access_token" | "refresh_token"): Promise<void> {
  if (!settings.revocationUrl) return;
  const as = authorizationServer(settings);
  const { client, clientAuth } = oauthClient(settings);
  const options = tokenRequestOptions(settings, settings.revocationUrl, {
    ...log, method: "oauth2.revoke", description: `Revoke the ${hint === "access_token" ? "access" : "refresh"} token`, secretValues: [token],
  });
  await run(async () => {
    const response = await oauth.revocationRequest(as, client, clientAuth, token, { ...options, additionalParameters: { token_type_hint: hint } });
    await oauth.processRevocationResponse(response);
  });
}
