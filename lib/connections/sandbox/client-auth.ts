// Acme's client registry, kept simple for a sandbox: any client id is accepted; its secret is
// "acme-demo-secret" for the demo client "acme-demo-client", and "<clientId>-secret" for any other.
import crypto from "node:crypto";

export const DEMO_CLIENT_ID = "acme-demo-client";
export const DEMO_CLIENT_SECRET = "acme-demo-secret";

export function expectedSecret(clientId: string): string {
  return clientId === DEMO_CLIENT_ID ? DEMO_CLIENT_SECRET : `${clientId}-secret`;
}

function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && crypto.timingSafeEqual(left, right);
}

function formDecode(value: string): string {
  return decodeURIComponent(value.replace(/\+/g, " "));
}

export type ClientAuthResult = { ok: true; clientId: string; method: "basic" | "body" } | { ok: false; reason: string };

/** Client authentication by HTTP Basic (RFC 6749 §2.3.1, form-encoded parts) or by body fields. */
export function authenticateClient(authorization: string | null, fields: Record<string, string>): ClientAuthResult {
  let clientId: string | undefined;
  let secret: string | undefined;
  let method: "basic" | "body" = "body";
  const basic = authorization?.match(/^Basic\s+(\S+)$/i);
  if (basic) {
    const decoded = Buffer.from(basic[1], "base64").toString("utf8");
    const colon = decoded.indexOf(":");
    if (colon < 0) return { ok: false, reason: "Malformed Basic credentials" };
    try {
      clientId = formDecode(decoded.slice(0, colon));
      secret = formDecode(decoded.slice(colon + 1));
    } catch {
      return { ok: false, reason: "Malformed Basic credentials" };
    }
    method = "basic";
  } else {
    clientId = fields.client_id;
    secret = fields.client_secret;
  }
  if (!clientId || !secret) return { ok: false, reason: "Client authentication is required" };
  if (fields.client_id && fields.client_id !== clientId) return { ok: false, reason: "client_id does not match the authenticated client" };
  if (!safeEqual(secret, expectedSecret(clientId))) return { ok: false, reason: "The client secret is wrong" };
  return { ok: true, clientId, method };
}
