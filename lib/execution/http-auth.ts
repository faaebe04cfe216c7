/** Credentials for one outbound request, already decrypted by the caller. */
export type HttpAuth =
  | { type: "none" }
  | { type: "api_key"; key: string; in?: "header" | "query"; name?: string }
  | { type: "basic"; username: string; password: string }
  | { type: "bearer"; token: string }
  | { type: "oauth2"; accessToken: string; tokenType?: string };

/** Where a definition says the API key goes (`"apiKey": { "in": "query", "name": "key" }`). */
export interface ApiKeyPlacement {
  in?: "header" | "query";
  name?: string;
}

export const DEFAULT_API_KEY_HEADER = "X-API-Key";
export const DEFAULT_API_KEY_QUERY_PARAM = "api_key";

export function resolveApiKeyPlacement(
  auth: { in?: "header" | "query"; name?: string },
  definitionPlacement?: ApiKeyPlacement,
): { in: "header" | "query"; name: string } {
  const where = auth.in ?? definitionPlacement?.in ?? "header";
  const name =
    auth.name ?? definitionPlacement?.name ?? (where === "header" ? DEFAULT_API_KEY_HEADER : DEFAULT_API_KEY_QUERY_PARAM);
  return { in: where, name };
}

function basicCredentials(username: string, password: string): string {
  return Buffer.from(`${username}:${password}`, "utf8").toString("base64");
}

/** Header and query entries that carry the credentials. */
export function authEntries(
  auth: HttpAuth,
  definitionPlacement?: ApiKeyPlacement,
): { headers: Record<string, string>; query: Record<string, string> } {
  switch (auth.type) {
    case "none":
      return { headers: {}, query: {} };
    case "api_key": {
      const placement = resolveApiKeyPlacement(auth, definitionPlacement);
      return placement.in === "header"
        ? { headers: { [placement.name]: auth.key }, query: {} }
        : { headers: {}, query: { [placement.name]: auth.key } };
    }
    case "basic":
      return { headers: { Authorization: `Basic ${basicCredentials(auth.username, auth.password)}` }, query: {} };
    case "bearer":
      return { headers: { Authorization: `Bearer ${auth.token}` }, query: {} };
    case "oauth2": {
      const type = !auth.tokenType || auth.tokenType.toLowerCase() === "bearer" ? "Bearer" : auth.tokenType;
      return { headers: { Authorization: `${type} ${auth.accessToken}` }, query: {} };
    }
  }
}

/** Secret strings of the credentials, for the request-log redactor. */
export function authSecretValues(auth: HttpAuth): string[] {
  switch (auth.type) {
    case "none":
      return [];
    case "api_key":
      return [auth.key];
    case "basic":
      return [auth.password, basicCredentials(auth.username, auth.password)];
    case "bearer":
      return [auth.token];
    case "oauth2":
      return [auth.accessToken];
  }
}
