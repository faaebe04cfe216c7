// The REST routes of the executor, called as Next.js would call them, with real API tokens.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as listMethodsRoute } from "@/app/api/v1/integration-instances/[id]/methods/route";
import { POST as executeRoute } from "@/app/api/v1/integration-instances/[id]/methods/[name]/execute/route";
import { POST as retryRoute } from "@/app/api/v1/integration-requests/[id]/retry/route";
import type { Actor } from "@/lib/auth/actor";
import { createApiToken } from "@/lib/auth/api-tokens";
import { startUpstream, type Upstream } from "@/test/upstream";
import { createInstance, createWorkspace, definitionDocument, method } from "./execution-fixtures";

let workspaceId: string;
let operatorToken: string;
let viewerToken: string;
let server: Upstream;
let instanceId: string;

function post(token: string | null, body?: unknown): Request {
  return new Request("http://hub.test/api", {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

function execute(name: string, body: unknown, token: string | null = operatorToken) {
  return executeRoute(post(token, body), { params: Promise.resolve({ id: instanceId, name }) });
}

beforeAll(async () => {
  workspaceId = await createWorkspace();
  const admin: Actor = { kind: "user", id: "admin", userId: null, label: "admin@example.test", workspaceId, role: "admin" };
  operatorToken = (await createApiToken(admin, { name: "operator", role: "operator" })).token;
  viewerToken = (await createApiToken(admin, { name: "viewer", role: "viewer" })).token;
  server = await startUpstream((request) => {
    if (request.path === "/limited") return { status: 429, json: { message: "slow down" } };
    if (request.path === "/flaky") return request.json && (request.json as { second?: boolean }).second ? { json: { ok: 2 } } : { status: 500, json: {} };
    return { json: { echo: request.json ?? null } };
  });
  instanceId = await createInstance({
    workspaceId,
    document: definitionDocument({
      retryPolicy: { maxAttempts: 1 },
      methods: [
        method("echo", { paramSchema: { type: "object", properties: { n: { type: "integer" } }, required: ["n"] } }),
        method("limited", { http: { method: "GET", path: "/limited" } }),
        method("flaky", { http: { method: "POST", path: "/flaky" } }),
      ],
    }),
    config: { baseUrl: server.url },
  });
});

afterAll(async () => {
  await server.close();
});

describe("POST /integration-instances/:id/methods/:name/execute", () => {
  it("answers SUCCESS with the data and the request ids", async () => {
    const response = await execute("echo", { parameters: { n: 1 }, reference: { doctype: "Order", docname: "SO-1" } });
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body).toMatchObject({ status: "SUCCESS", data: { echo: { n: 1 } }, executionId: expect.any(String) });
    expect(body.requestIds).toHaveLength(1);
    expect(body.requestId).toBe(body.requestIds[0]);
  });

  it("answers ERROR with the error's HTTP status", async () => {
    const invalid = await execute("echo", { parameters: {} });
    expect(invalid.status).toBe(400);
    expect(await invalid.json()).toMatchObject({ status: "ERROR", error: { code: "VALIDATION_ERROR", retryable: false } });

    const limited = await execute("limited", {});
    expect(limited.status).toBe(429);
    expect(await limited.json()).toMatchObject({ status: "ERROR", error: { code: "RATE_LIMIT_EXCEEDED", retryable: true } });

    const missing = await execute("nothing", {});
    expect(missing.status).toBe(404);

    const badBody = await execute("echo", { parameters: "not an object" });
    expect(badBody.status).toBe(400);
    expect(await badBody.json()).toMatchObject({ status: "ERROR", error: { code: "VALIDATION_ERROR" } });
  });

  it("keeps the standard error shape for token problems", async () => {
    const anonymous = await execute("echo", { parameters: { n: 1 } }, null);
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toMatchObject({ error: { code: "AUTHENTICATION_ERROR" } });
    const viewer = await execute("echo", { parameters: { n: 1 } }, viewerToken);
    expect(viewer.status).toBe(403);
    expect(await viewer.json()).toMatchObject({ error: { code: "PERMISSION_DENIED" } });
  });
});

describe("GET /integration-instances/:id/methods", () => {
  it("lists the methods with their schemas", async () => {
    const request = new Request("http://hub.test/api", { headers: { authorization: `Bearer ${viewerToken}` } });
    const response = await listMethodsRoute(request, { params: Promise.resolve({ id: instanceId }) });
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.data.map((m: { name: string }) => m.name)).toEqual(["echo", "limited", "flaky"]);
    expect(body.data[0].paramSchema).toMatchObject({ required: ["n"] });
  });
});

describe("POST /integration-requests/:id/retry", () => {
  it("re-sends a failed request and returns the new request ids", async () => {
    const failed = await (await execute("flaky", { parameters: { second: false } })).json();
    expect(failed).toMatchObject({ status: "ERROR", error: { code: "UPSTREAM_ERROR" } });
    const retried = await retryRoute(post(operatorToken), { params: Promise.resolve({ id: failed.requestId }) });
    // The stored parameters are sent again, so the upstream fails the same way.
    expect(retried.status).toBe(502);
    const body = await retried.json();
    expect(body.requestIds).toHaveLength(1);
    expect(body.requestIds[0]).not.toBe(failed.requestId);

    const twice = await retryRoute(post(operatorToken), { params: Promise.resolve({ id: failed.requestId }) });
    expect(twice.status).toBe(409);
    expect(await twice.json()).toMatchObject({ status: "ERROR", error: { code: "CONFLICT" } });
  });
});
