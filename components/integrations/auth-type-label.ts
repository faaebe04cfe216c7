const LABELS: Record<string, string> = {
  none: "No sign-in",
  api_key: "API key",
  basic: "Username and password",
  bearer: "Access token",
  oauth2: "OAuth 2.0",
  hmac: "Signed webhooks (HMAC)",
};

/** How an integration authenticates, in plain words. */
export function authTypeLabel(authType: string): string {
  return LABELS[authType] ?? authType;
}
