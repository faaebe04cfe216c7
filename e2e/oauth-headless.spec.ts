import http from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test } from "@playwright/test";
import { createTokenInUi } from "./api-token";
import { ACME_SECRET } from "./acme-helpers";

// Seed 001's headless flow: start → the account owner approves at the provider → the client
// posts the code and state back. The browser is only used for the provider's consent page.
test("a headless client connects an instance through the seed 001 OAuth2 endpoints; a reused or wrong state is refused", async ({ page, request }) => {
  const token = await createTokenInUi(page, `headless ${Date.now()}`);
  const headers = { authorization: `Bearer ${token}` };

  const definitions = (await (await request.get("/api/v1/integration-definitions", { headers })).json()) as { data?: { id: string; key: string }[] } | { id: string; key: string }[];
  const list = Array.isArray(definitions) ? definitions : definitions.data ?? [];
  const acme = list.find((d) => d.key === "acme-crm");
  expect(acme).toBeTruthy();

  const created = await request.post("/api/v1/integration-instances", {
    headers,
    data: { integrationDefinitionId: acme!.id, name: `Headless Acme ${Date.now()}`, config: { clientId: "acme-demo-client", clientSecret: ACME_SECRET } },
  });
  expect(created.status()).toBe(201);
  const instance = (await created.json()) as { id: string; status: string };
  expect(instance.status).toBe("PENDING_AUTHENTICATION");

  // The client's own callback: a real server on loopback that records what the provider sends.
  let received: URL | null = null;
  const clientApp = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    if (url.pathname === "/oauth/done") received = url;
    res.writeHead(200, { "content-type": "text/plain" }).end("captured by the client app");
  });
  await new Promise<void>((resolve) => clientApp.listen(0, "127.0.0.1", resolve));
  const redirectUri = `http://127.0.0.1:${(clientApp.address() as AddressInfo).port}/oauth/done`;

  const start = await request.post(`/api/v1/integration-instances/${instance.id}/auth/oauth2/start`, { headers, data: { redirectUri } });
  expect(start.status()).toBe(200);
  const { authorizationUrl, state } = (await start.json()) as { authorizationUrl: string; state: string };
  const url = new URL(authorizationUrl);
  expect(url.searchParams.get("state")).toBe(state);
  expect(url.searchParams.get("code_challenge_method")).toBe("S256");
  expect(url.searchParams.get("scope")).toBe("contacts.read contacts.write");

  expect(url.searchParams.get("redirect_uri")).toBe(redirectUri);
  await page.goto(authorizationUrl);
  await page.getByRole("button", { name: "Approve" }).click();
  await expect(page.getByText("captured by the client app")).toBeVisible();
  clientApp.close();
  const callbackUrl = received as URL | null;
  expect(callbackUrl?.searchParams.get("state")).toBe(state);
  const code = callbackUrl?.searchParams.get("code");
  expect(code).toBeTruthy();

  const wrong = await request.post(`/api/v1/integration-instances/${instance.id}/auth/oauth2/callback`, { headers, data: { code, state: "not-the-state" } });
  expect(wrong.status()).toBe(400);
  expect(((await wrong.json()) as { error: { code: string } }).error.code).toBe("AUTHENTICATION_ERROR");

  const callback = await request.post(`/api/v1/integration-instances/${instance.id}/auth/oauth2/callback`, { headers, data: { code, state } });
  expect(callback.status()).toBe(200);
  expect(await callback.json()).toEqual({ status: "SUCCESS", integrationInstanceId: instance.id });

  const reused = await request.post(`/api/v1/integration-instances/${instance.id}/auth/oauth2/callback`, { headers, data: { code, state } });
  expect(reused.status()).toBe(400);
  expect(((await reused.json()) as { error: { code: string } }).error.code).toBe("AUTHENTICATION_ERROR");

  const after = (await (await request.get(`/api/v1/integration-instances/${instance.id}`, { headers })).json()) as { status: string };
  expect(after.status).toBe("ACTIVE");

  const executed = await request.post(`/api/v1/integration-instances/${instance.id}/methods/listContacts/execute`, { headers, data: { parameters: { limit: 2 } } });
  expect(executed.status()).toBe(200);
  const body = (await executed.json()) as { status: string; data: { contacts: unknown[] } };
  expect(body.status).toBe("SUCCESS");
  expect(body.data.contacts.length).toBeLessThanOrEqual(2);
});
