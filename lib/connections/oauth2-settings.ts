// The OAuth2 settings of one instance: the definition's oauth2Config with placeholders filled,
// plus the client id/secret, redirect URI and scopes from the instance settings.
import { hubUrl } from "@/lib/env";
import { ValidationError } from "@/lib/errors";
import { fillTemplate, isRecord, stringOf, type ConnectionContext } from "./instance-context";

export type OAuth2Settings = {
  authorizationUrl?: string;
  tokenUrl: string;
  refreshUrl: string;
  revocationUrl?: string;
  scopeDelimiter: string;
  authStyle: "header" | "body";
  additionalParameters: Record<string, string>;
  scopes: string[];
  grantType: "authorization_code" | "client_credentials";
  clientId: string;
  clientSecret: string;
  redirectUri: string;
};

export function oauthCallbackUrl(): string {
  return `${hubUrl()}/oauth/callback`;
}

export function splitScopes(value: string, delimiter: string): string[] {
  return value.split(delimiter === " " ? /\s+/ : delimiter).map((s) => s.trim()).filter(Boolean);
}

/** Reads and checks the OAuth2 settings; a missing piece is a ValidationError naming the setting. */
export function oauth2Settings(context: ConnectionContext): OAuth2Settings {
  const config = isRecord(context.document.oauth2Config) ? context.document.oauth2Config : {};
  const settings = context.settings;
  const url = (value: unknown) => {
    const text = stringOf(value);
    return text ? fillTemplate(text, settings) : undefined;
  };
  const tokenUrl = url(config.tokenUrl);
  const clientId = stringOf(settings.clientId);
  const clientSecret = stringOf(settings.clientSecret);
  const issues = [
    ...(tokenUrl ? [] : [{ path: "oauth2Config.tokenUrl", message: "The definition has no token URL" }]),
    ...(clientId ? [] : [{ path: "clientId", message: "Enter the client ID in the settings first" }]),
    ...(clientSecret ? [] : [{ path: "clientSecret", message: "Enter the client secret in the settings first" }]),
  ];
  if (!tokenUrl || !clientId || !clientSecret) {
    throw new ValidationError("The OAuth2 settings are incomplete: " + issues.map((i) => i.message).join("; "), issues);
  }
  const delimiter = typeof config.scopeDelimiter === "string" && config.scopeDelimiter !== "" ? config.scopeDelimiter : " ";
  const scopeSetting = stringOf(settings.scope);
  const defaultScopes = Array.isArray(config.scopes) ? config.scopes.filter((s): s is string => typeof s === "string") : [];
  const additional: Record<string, string> = {};
  if (isRecord(config.additionalParameters)) {
    for (const [key, value] of Object.entries(config.additionalParameters)) {
      if (typeof value === "string") additional[key] = fillTemplate(value, settings);
    }
  }
  return {
    authorizationUrl: url(config.authorizationUrl),
    tokenUrl,
    refreshUrl: url(config.refreshUrl) ?? tokenUrl,
    revocationUrl: url(config.revocationUrl),
    scopeDelimiter: delimiter,
    authStyle: config.authStyle === "header" ? "header" : "body",
    additionalParameters: additional,
    scopes: scopeSetting ? splitScopes(scopeSetting, delimiter) : defaultScopes,
    grantType: config.grantType === "client_credentials" ? "client_credentials" : "authorization_code",
    clientId,
    clientSecret,
    redirectUri: stringOf(settings.redirectUri) ?? oauthCallbackUrl(),
  };
}
