// Every call to a provider's token or revocation endpoint goes through oauth4webapi with a fetch
// that writes one request-log row per call, with the client secret, code, verifier and tokens redacted.
import * as oauth from "oauth4webapi";
import { createRequestLog, handleFailure, handleSuccess } from "@/lib/request-log/request-log";
import { hubUrl } from "@/lib/env";
import type { OAuth2Settings } from "./oauth2-settings";

export type TokenCallMethod = "oauth2.token" | "oauth2.refresh" | "oauth2.revoke";

export type TokenCallLog = {
  workspaceId: string;
  instanceId: string;
  serviceName: string;
  method: TokenCallMethod;
  description: string;
  secretValues: string[];
};

const TOKEN_CALL_TIMEOUT_MS = 8_000;
const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

/** oauth4webapi refuses http:// by default; the offline sandbox and local test servers need it. */
export function allowsInsecure(url: string): boolean {
  const parsed = new URL(url);
  if (parsed.protocol !== "http:") return false;
  return LOCAL_HOSTS.has(parsed.hostname) || hubUrl().startsWith("http:");
}

export function authorizationServer(settings: OAuth2Settings, tokenUrl = settings.tokenUrl): oauth.AuthorizationServer {
  return {
    issuer: new URL(tokenUrl).origin,
    authorization_endpoint: settings.authorizationUrl,
    token_endpoint: tokenUrl,
    revocation_endpoint: settings.revocationUrl,
  };
}

export function oauthClient(settings: OAuth2Settings): { client: oauth.Client; clientAuth: oauth.ClientAuth } {
  return {
    client: { client_id: settings.clientId },
    clientAuth: settings.authStyle === "header" ? oauth.ClientSecretBasic(settings.clientSecret) : oauth.ClientSecretPost(settings.clientSecret),
  };
}

function errorCodeFor(status: number, text: string): string {
  if (status === 429) return "RATE_LIMIT_EXCEEDED";
  if (status >= 500) return "TEMPORARY_ERROR";
  return /"error"\s*:\s*"invalid_grant"/.test(text) ? "AUTHENTICATION_ERROR" : "UPSTREAM_ERROR";
}

function tokensIn(text: string): string[] {
  try {
    const body: unknown = JSON.parse(text);
    if (typeof body !== "object" || body === null) return [];
    const record = body as Record<string, unknown>;
    return ["access_token", "refresh_token", "id_token"].map((k) => record[k]).filter((v): v is string => typeof v === "string");
  } catch {
    return [];
  }
}

function basicHeaderValues(settings: OAuth2Settings): string[] {
  const encoded = `${encodeURIComponent(settings.clientId)}:${encodeURIComponent(settings.clientSecret)}`;
  return [Buffer.from(encoded).toString("base64"), Buffer.from(`${settings.clientId}:${settings.clientSecret}`).toString("base64")];
}

/** Request options for oauth4webapi: logged fetch, timeout, and http allowed only where it must be. */
export function tokenRequestOptions(settings: OAuth2Settings, url: string, log: TokenCallLog): oauth.TokenEndpointRequestOptions {
  const secretValues = [settings.clientSecret, ...basicHeaderValues(settings), ...log.secretValues];
  const loggedFetch = async (target: string, init: oauth.CustomFetchOptions<"POST", URLSearchParams>): Promise<Response> => {
    const started = Date.now();
    const body = init.body instanceof URLSearchParams ? Object.fromEntries(init.body) : init.body;
    const handle = await createRequestLog(body, {
      workspaceId: log.workspaceId,
      instanceId: log.instanceId,
      serviceName: log.serviceName,
      method: log.method,
      requestDescription: log.description,
      url: target,
      httpMethod: init.method,
      requestHeaders: init.headers,
      secretValues,
      status: "Authorized",
    });
    try {
      const response = await fetch(target, init);
      const text = await response.clone().text();
      const withTokens = { ...handle, secretValues: [...secretValues, ...tokensIn(text)] };
      const outcome = { statusCode: response.status, durationMs: Date.now() - started };
      if (response.ok) await handleSuccess(withTokens, text, outcome);
      else await handleFailure(withTokens, `The provider answered ${response.status}`, { ...outcome, errorCode: errorCodeFor(response.status, text), output: text });
      return response;
    } catch (error) {
      const reason = error instanceof Error && error.name === "TimeoutError" ? "The provider did not answer in time" : "The provider could not be reached";
      await handleFailure(handle, reason, { durationMs: Date.now() - started, errorCode: "TEMPORARY_ERROR" });
      throw error;
    }
  };
  return {
    [oauth.customFetch]: loggedFetch as NonNullable<oauth.TokenEndpointRequestOptions[typeof oauth.customFetch]>,
    [oauth.allowInsecureRequests]: allowsInsecure(url),
    signal: () => AbortSignal.timeout(TOKEN_CALL_TIMEOUT_MS),
  };
}
