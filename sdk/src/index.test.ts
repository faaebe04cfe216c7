// The SDK against a real node:http server on 127.0.0.1 that answers like Patchbay's API.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { IntegrationServiceClient, IntegrationServiceError } from "./index";
import { loopback } from "./examples/loopback-client";

type Seen = { method: string; path: string; query: string; authorization: string | undefined; body: unknown };
type Reply = { status: number; body?: unknown; raw?: string };

const seen: Seen[] = [];
let replies: ((request: Seen) => Reply)[] = [];
let server: http.Server;
let baseUrl: string;

beforeAll(async () => {
  server = http.createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString("utf8");
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const request: Seen = { method: req.method ?? "GET", path: url.pathname, query: url.search, authorization: req.headers.authorization, body: text ? JSON.parse(text) : undefined };
    seen.push(request);
    const fallback = (): Reply => ({ status: 500, body: { error: { code: "INTERNAL_ERROR", message: "no reply queued" } } });
    const reply = (replies.shift() ?? fallback)(request);
    res.writeHead(reply.status, { "content-type": reply.raw === undefined ? "application/json" : "text/html" });
    res.end(reply.raw ?? (reply.body === undefined ? "" : JSON.stringify(reply.body)));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v1`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
afterEach(() => {
  seen.length = 0;
  replies = [];
  vi.restoreAllMocks();
});

const client = () => new IntegrationServiceClient({ apiKey: "pbk_test", baseUrl: `${baseUrl}/` });

describe("IntegrationServiceClient", () => {
  it("sends the bearer token and JSON body to the seed 001 execute path and returns { data }", async () => {
    replies.push(() => ({ status: 200, body: { status: "SUCCESS", data: { id: "cont_12345" }, requestId: "req_1" } }));
    const result = await client().executeIntegrationMethod("int inst/1", "createContact", {
      parameters: { firstName: "Jane" },
      reference: { doctype: "Sales Invoice", docname: "SINV-001" },
    });
    expect(result.data).toEqual({ id: "cont_12345" });
    expect(seen[0]).toMatchObject({
      method: "POST",
      path: "/api/v1/integration-instances/int%20inst%2F1/methods/createContact/execute",
      authorization: "Bearer pbk_test",
      body: { parameters: { firstName: "Jane" }, reference: { doctype: "Sales Invoice", docname: "SINV-001" } },
    });
  });

  it("throws IntegrationServiceError with code, message, retryable, status and details for execute errors", async () => {
    replies.push(() => ({
      status: 429,
      body: { status: "ERROR", error: { code: "RATE_LIMIT_EXCEEDED", message: "Slow down", retryable: true, details: { upstreamStatus: 429 } }, requestId: "req_9" },
    }));
    const error = await client().executeIntegrationMethod("i1", "getUsers").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IntegrationServiceError);
    expect(error).toMatchObject({ code: "RATE_LIMIT_EXCEEDED", message: "Slow down", retryable: true, status: 429, details: { upstreamStatus: 429 }, requestId: "req_9" });
  });

  it("reads the plain API error shape and falls back to the HTTP status when the body is not JSON", async () => {
    replies.push(() => ({ status: 401, body: { error: { code: "AUTHENTICATION_ERROR", message: "Bad token" } } }));
    replies.push(() => ({ status: 503, raw: "<html>Bad gateway</html>" }));
    await expect(client().listIntegrationDefinitions()).rejects.toMatchObject({ code: "AUTHENTICATION_ERROR", status: 401, retryable: false });
    await expect(client().listIntegrationDefinitions()).rejects.toMatchObject({ code: "TEMPORARY_ERROR", status: 503, retryable: true });
  });

  it("reports an unreachable API as a retryable TEMPORARY_ERROR with status 0", async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const offline = new IntegrationServiceClient({ apiKey: "k", baseUrl: `http://127.0.0.1:${port}/api/v1` });
    await expect(offline.getIntegrationRequest("x")).rejects.toMatchObject({ code: "TEMPORARY_ERROR", status: 0, retryable: true });
  });

  it("covers definitions, instances, OAuth2 and the request log", async () => {
    replies.push(() => ({ status: 200, body: { data: [{ id: "d1", name: "Acme CRM" }] } }));
    replies.push((r) => ({ status: 201, body: { id: "i1", ...(r.body as object), status: "PENDING_AUTHENTICATION" } }));
    replies.push(() => ({ status: 200, body: { id: "i1", status: "ACTIVE" } }));
    replies.push(() => ({ status: 200, body: { authorizationUrl: "https://provider.example/auth?state=abc", state: "abc" } }));
    replies.push(() => ({ status: 200, body: { status: "SUCCESS", integrationInstanceId: "i1" } }));
    replies.push(() => ({ status: 200, body: { data: [], nextCursor: null } }));
    replies.push(() => ({ status: 200, body: { id: "r1", status: "Failed" } }));
    replies.push(() => ({ status: 200, body: { status: "SUCCESS", data: { ok: true } } }));

    const c = client();
    expect(await c.listIntegrationDefinitions()).toEqual([{ id: "d1", name: "Acme CRM" }]);
    expect(await c.createIntegrationInstance({ integrationDefinitionId: "d1", name: "Mine", config: { a: 1 } })).toMatchObject({ id: "i1", name: "Mine" });
    expect((await c.getIntegrationInstance("i1")).status).toBe("ACTIVE");
    expect(await c.startOAuth2("i1", { redirectUri: "https://app.example/cb" })).toMatchObject({ state: "abc" });
    expect(await c.completeOAuth2("i1", { code: "4/0AY", state: "abc" })).toEqual({ status: "SUCCESS", integrationInstanceId: "i1" });
    expect(await c.listIntegrationRequests({ status: "Failed", limit: 10, q: "" })).toEqual({ data: [], nextCursor: null });
    expect((await c.getIntegrationRequest("r1")).status).toBe("Failed");
    expect((await c.retryIntegrationRequest("r1")).data).toEqual({ ok: true });

    expect(seen.map((s) => `${s.method} ${s.path}${s.query}`)).toEqual([
      "GET /api/v1/integration-definitions",
      "POST /api/v1/integration-instances",
      "GET /api/v1/integration-instances/i1",
      "POST /api/v1/integration-instances/i1/auth/oauth2/start",
      "POST /api/v1/integration-instances/i1/auth/oauth2/callback",
      "GET /api/v1/integration-requests?status=Failed&limit=10",
      "GET /api/v1/integration-requests/r1",
      "POST /api/v1/integration-requests/r1/retry",
    ]);
    expect(seen[3].body).toEqual({ redirectUri: "https://app.example/cb" });
  });
});

describe("seed 001's retry example, as written", () => {
  it("retries RATE_LIMIT_EXCEEDED twice with backoff, then logs the data", async () => {
    const rateLimited = (): Reply => ({ status: 429, body: { status: "ERROR", error: { code: "RATE_LIMIT_EXCEEDED", message: "Too many requests", retryable: true } } });
    replies.push(rateLimited, rateLimited, () => ({ status: 200, body: { status: "SUCCESS", data: { users: [{ id: 1 }] } } }));
    const logged: unknown[][] = [];
    vi.spyOn(console, "log").mockImplementation((...args: unknown[]) => void logged.push(args));
    loopback.baseUrl = baseUrl;

    // The example runs when it is imported, like the script it is. It is plain JS (its catch reads error.code).
    await import(new URL("./examples/retry-example.js", import.meta.url).href);

    await expect.poll(() => logged.find((args) => args[0] === "Method execution successful:"), { timeout: 15_000 }).toEqual([
      "Method execution successful:",
      { users: [{ id: 1 }] },
    ]);
    expect(logged.filter((args) => String(args[0]).startsWith("Attempt "))).toEqual([
      ["Attempt 1 failed with error: Too many requests"],
      ["Attempt 2 failed with error: Too many requests"],
    ]);
    expect(seen).toHaveLength(3);
    expect(seen.every((s) => s.path === "/api/v1/integration-instances/int_inst_789012/methods/getUsers/execute" && s.authorization === "Bearer your-api-key")).toBe(true);
    expect(seen[0].body).toEqual({ parameters: { page: 1, limit: 5 } });
  });
});
