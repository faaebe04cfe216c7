import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { randomToken } from "@/lib/crypto/hash";
import { checkAuthorizeRequest } from "./authorize";
import { startAcmeServer, type TestServer } from "../test-fixtures";

let acme: TestServer;
beforeAll(async () => {
  acme = await startAcmeServer();
});
afterAll(async () => {
  await acme.close();
});

const challenge = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM";

async function clientToken(scope: string): Promise<{ token: string; clientId: string }> {
  const clientId = `sbx-${randomToken(5)}`;
  const response = await fetch(`${acme.url}/sandbox/acme/oauth/token`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ grant_type: "client_credentials", client_id: clientId, client_secret: `${clientId}-secret`, scope }),
  });
  expect(response.status).toBe(200);
  const body = (await response.json()) as { access_token: string; expires_in: number; token_type: string };
  expect(body.token_type).toBe("Bearer");
  return { token: body.access_token, clientId };
}

describe("Acme sandbox provider", () => {
  it("requires PKCE with S256 on the authorization request", () => {
    const base = { client_id: "c", redirect_uri: "http://localhost:3000/oauth/callback", response_type: "code", state: "s" };
    expect(checkAuthorizeRequest({ ...base })).toMatchObject({ ok: false, description: expect.stringMatching(/code_challenge is missing/) });
    expect(checkAuthorizeRequest({ ...base, code_challenge: challenge, code_challenge_method: "plain" })).toMatchObject({ ok: false });
    expect(checkAuthorizeRequest({ ...base, code_challenge: challenge, code_challenge_method: "S256" })).toMatchObject({
      ok: true,
      request: { scopes: ["contacts.read", "contacts.write"] },
    });
  });

  it("refuses a wrong client secret", async () => {
    const response = await fetch(`${acme.url}/sandbox/acme/oauth/token`, {
      method: "POST",
      body: new URLSearchParams({ grant_type: "client_credentials", client_id: "acme-demo-client", client_secret: "wrong" }),
    });
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ error: "invalid_client" });
  });

  it("serves contacts to a bearer token with the right scope", async () => {
    const { token } = await clientToken("contacts.read contacts.write");
    const auth = { Authorization: `Bearer ${token}` };
    expect((await fetch(`${acme.url}/sandbox/acme/api/contacts`)).status).toBe(401);
    const list = (await (await fetch(`${acme.url}/sandbox/acme/api/contacts?limit=2`, { headers: auth })).json()) as { contacts: { id: string }[]; total: number };
    expect(list.total).toBe(3);
    expect(list.contacts).toHaveLength(2);
    const created = await fetch(`${acme.url}/sandbox/acme/api/contacts`, {
      method: "POST",
      headers: { ...auth, "content-type": "application/json" },
      body: JSON.stringify({ contact: { first_name: "Jane", last_name: "Smith", email_address: "jane@example.com", organization: "Acme Inc." } }),
    });
    expect(created.status).toBe(201);
    const body = (await created.json()) as { contact_id: string; contact: Record<string, unknown>; created_at: string };
    expect(body.contact).toEqual({ first_name: "Jane", last_name: "Smith", email_address: "jane@example.com", phone_number: null, organization: "Acme Inc.", job_title: null });
    const one = (await (await fetch(`${acme.url}/sandbox/acme/api/contacts/${body.contact_id}`, { headers: auth })).json()) as Record<string, unknown>;
    expect(one).toMatchObject({ id: body.contact_id, first_name: "Jane" });
    const search = (await (await fetch(`${acme.url}/sandbox/acme/api/contacts?search=smith`, { headers: auth })).json()) as { total: number };
    expect(search.total).toBe(1);
  });

  it("answers 403 insufficient_scope for a write with a read-only token", async () => {
    const { token } = await clientToken("contacts.read");
    const response = await fetch(`${acme.url}/sandbox/acme/api/contacts`, {
      method: "POST",
      headers: { Authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: JSON.stringify({ contact: { first_name: "A", last_name: "B", email_address: "a@b.example" } }),
    });
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ error: "insufficient_scope" });
  });

  it("flaky fails the first failTimes calls for a key, with Retry-After, then succeeds", async () => {
    const { token } = await clientToken("contacts.read");
    const call = () =>
      fetch(`${acme.url}/sandbox/acme/api/flaky`, {
        method: "POST",
        headers: { Authorization: `Bearer ${token}`, "content-type": "application/json", "Idempotency-Key": "key-1" },
        body: JSON.stringify({ failTimes: 2, status: 429, message: "hi" }),
      });
    const first = await call();
    expect(first.status).toBe(429);
    expect(first.headers.get("retry-after")).toBe("1");
    expect((await call()).status).toBe(429);
    const third = await call();
    expect(third.status).toBe(200);
    expect(await third.json()).toEqual({ ok: true, attempts: 3, message: "hi" });
  });
});
