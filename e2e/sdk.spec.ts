import { expect, test } from "@playwright/test";
import { IntegrationServiceClient, IntegrationServiceError } from "../sdk/src/index";
import { createTokenInUi } from "./api-token";

test("the SDK works with a token made in Settings, and reports a bad token as AUTHENTICATION_ERROR", async ({ page, baseURL }) => {
  const apiBase = `${baseURL ?? "http://localhost:3100"}/api/v1`;

  const token = await createTokenInUi(page, `sdk e2e ${Date.now()}`, "viewer");

  const client = new IntegrationServiceClient({ apiKey: token, baseUrl: apiBase });
  const definitions = await client.listIntegrationDefinitions();
  expect(Array.isArray(definitions)).toBe(true);
  for (const definition of definitions) expect(definition).toEqual(expect.objectContaining({ id: expect.any(String), name: expect.any(String) }));

  const requests = await client.listIntegrationRequests({ limit: 5 });
  expect(Array.isArray(requests.data)).toBe(true);
  expect(requests.data.length).toBeLessThanOrEqual(5);
  if (requests.data[0]) expect((await client.getIntegrationRequest(requests.data[0].id)).id).toBe(requests.data[0].id);

  const missing = await client.getIntegrationRequest("no-such-request").catch((error: unknown) => error);
  expect(missing).toBeInstanceOf(IntegrationServiceError);
  expect(missing).toMatchObject({ code: "NOT_FOUND", status: 404 });

  const stranger = new IntegrationServiceClient({ apiKey: "pbk_not-a-real-token", baseUrl: apiBase });
  const refused = await stranger.listIntegrationDefinitions().catch((error: unknown) => error);
  expect(refused).toBeInstanceOf(IntegrationServiceError);
  expect(refused).toMatchObject({ code: "AUTHENTICATION_ERROR", status: 401, retryable: false });
});

test("the OpenAPI document is public", async ({ request }) => {
  const response = await request.get("/api/v1/openapi.json");
  expect(response.status()).toBe(200);
  const document = (await response.json()) as { openapi: string; paths: Record<string, unknown> };
  expect(document.openapi).toBe("3.1.0");
  expect(Object.keys(document.paths)).toContain("/integration-requests");
});
