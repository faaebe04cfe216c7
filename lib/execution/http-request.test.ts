import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { IntegrationError } from "./errors";
import { authSecretValues } from "./http-auth";
import { buildHttpRequest, sendHttpRequest, type BuildHttpRequestInput } from "./http-request";

const config = { baseUrl: "https://crm.example.com/api/v2/", region: "eu" };

function build(overrides: Partial<BuildHttpRequestInput> = {}) {
  return buildHttpRequest({
    definition: {},
    method: { name: "createContact" },
    params: { firstName: "Jane" },
    config,
    auth: { type: "none" },
    ...overrides,
  });
}

function failure(fn: () => unknown): IntegrationError {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(IntegrationError);
    return err as IntegrationError;
  }
  throw new Error("expected a failure");
}

describe("buildHttpRequest", () => {
  it("defaults to POST /<methodName> with the params as JSON", () => {
    const req = build();
    expect(req.method).toBe("POST");
    expect(req.url).toBe("https://crm.example.com/api/v2/createContact");
    expect(req.headers["Content-Type"]).toBe("application/json");
    expect(JSON.parse(req.body ?? "")).toEqual({ firstName: "Jane" });
  });

  it("sends the transformed body when the method has a requestTransform", () => {
    const req = build({ method: { name: "createContact", requestTransform: "function transform(i) { return i }" }, body: { contact: { first_name: "Jane" } } });
    expect(JSON.parse(req.body ?? "")).toEqual({ contact: { first_name: "Jane" } });
  });

  it("renders path, query and headers; encodes path values and drops missing query values", () => {
    const req = build({
      method: {
        name: "getContact",
        http: {
          method: "GET",
          path: "/contacts/{{params.id}}",
          query: { limit: "{{params.limit}}", cursor: "{{params.cursor}}", region: "{{config.region}}", tags: "{{params.tags}}" },
          headers: { "X-Region": "{{config.region}}", "X-Missing": "{{params.nothing}}" },
        },
      },
      params: { id: "a/b c", limit: 10, tags: ["x", "y"] },
    });
    expect(req.method).toBe("GET");
    const url = new URL(req.url);
    expect(url.pathname).toBe("/api/v2/contacts/a%2Fb%20c");
    expect(url.searchParams.get("limit")).toBe("10");
    expect(url.searchParams.has("cursor")).toBe(false);
    expect(url.searchParams.get("region")).toBe("eu");
    expect(url.searchParams.getAll("tags")).toEqual(["x", "y"]);
    expect(req.headers["X-Region"]).toBe("eu");
    expect(req.headers).not.toHaveProperty("X-Missing");
    expect(req.body).toBeUndefined();
  });

  it("spreads params into the query with query: 'params'", () => {
    const req = build({ method: { name: "listEvents", http: { method: "GET", path: "/events", query: "params" } }, params: { maxResults: 5, calendarId: "primary" } });
    expect(new URL(req.url).search).toBe("?maxResults=5&calendarId=primary");
  });

  it("renders body templates keeping value types, and form encoding", () => {
    const json = build({ method: { name: "m", http: { body: { name: "{{params.firstName}}", n: "{{params.n}}", greeting: "Hi {{params.firstName}}" } } }, params: { firstName: "Jane", n: 3 } });
    expect(JSON.parse(json.body ?? "")).toEqual({ name: "Jane", n: 3, greeting: "Hi Jane" });
    const form = build({ method: { name: "m", http: { bodyEncoding: "form" } }, params: { a: "1 2", b: "x&y" } });
    expect(form.headers["Content-Type"]).toBe("application/x-www-form-urlencoded");
    expect(form.body).toBe("a=1+2&b=x%26y");
  });

  it("uses a definition baseUrl template when config has none", () => {
    const req = build({ definition: { baseUrl: "https://{{config.region}}.api.example.com" }, config: { region: "eu" } });
    expect(req.url).toBe("https://eu.api.example.com/createContact");
  });

  it("refuses missing base URLs, missing path values, dot segments and non-http schemes", () => {
    expect(failure(() => build({ config: {} })).code).toBe("VALIDATION_ERROR");
    expect(failure(() => build({ config: { baseUrl: "file:///etc" } })).code).toBe("VALIDATION_ERROR");
    const pathMethod = { name: "m", http: { method: "GET" as const, path: "/contacts/{{params.id}}" } };
    expect(failure(() => build({ method: pathMethod, params: {} })).message).toMatch(/params\.id/);
    expect(failure(() => build({ method: pathMethod, params: { id: ".." } })).code).toBe("VALIDATION_ERROR");
    expect(failure(() => build({ method: { name: "m", http: { method: "GET", path: "/{{process.env}}" } } })).code).toBe("VALIDATION_ERROR");
  });

  it("places an API key in the default header, a named header or the query", () => {
    expect(build({ auth: { type: "api_key", key: "k-123456" } }).headers["X-API-Key"]).toBe("k-123456");
    const named = build({ definition: { apiKey: { in: "header", name: "X-Crm-Key" } }, auth: { type: "api_key", key: "k-123456" } });
    expect(named.headers["X-Crm-Key"]).toBe("k-123456");
    const query = build({ definition: { apiKey: { in: "query", name: "key" } }, auth: { type: "api_key", key: "k-123456" } });
    expect(new URL(query.url).searchParams.get("key")).toBe("k-123456");
    expect(query.headers).not.toHaveProperty("X-API-Key");
  });

  it("applies basic, bearer and oauth2 credentials over any template header", () => {
    const basic = build({ auth: { type: "basic", username: "user", password: "pa:ss" } });
    expect(basic.headers.Authorization).toBe(`Basic ${Buffer.from("user:pa:ss").toString("base64")}`);
    const bearer = build({ method: { name: "m", http: { headers: { authorization: "spoofed" } } }, auth: { type: "bearer", token: "tok-1" } });
    expect(bearer.headers.authorization).toBe("Bearer tok-1");
    expect(build({ auth: { type: "oauth2", accessToken: "at-1", tokenType: "bearer" } }).headers.Authorization).toBe("Bearer at-1");
    expect(authSecretValues({ type: "basic", username: "user", password: "pa:ss" })).toContain("pa:ss");
  });

  it("sends the caller's Idempotency-Key when the method declares it", () => {
    const method = { name: "charge", idempotencyKey: true };
    expect(build({ method, idempotencyKey: "exec-42" }).headers["Idempotency-Key"]).toBe("exec-42");
    expect(build().headers).not.toHaveProperty("Idempotency-Key");
    expect(failure(() => build({ method })).code).toBe("INTERNAL_ERROR");
  });
});

describe("sendHttpRequest", () => {
  let server: Server;
  let base: string;
  const seen: { method?: string; url?: string; headers?: IncomingMessage["headers"]; body?: string }[] = [];

  function handle(req: IncomingMessage, res: ServerResponse) {
    let body = "";
    req.on("data", (chunk: Buffer) => (body += chunk.toString()));
    req.on("end", () => {
      seen.push({ method: req.method, url: req.url, headers: req.headers, body });
      if (req.url?.startsWith("/slow")) return; // never answers
      if (req.url?.startsWith("/limited")) {
        res.writeHead(429, { "retry-after": "2", "content-type": "application/json" });
        return res.end(JSON.stringify({ error: "slow down" }));
      }
      if (req.url?.startsWith("/text")) {
        res.writeHead(200, { "content-type": "text/plain" });
        return res.end("plain words");
      }
      if (req.url?.startsWith("/reset")) return req.socket.destroy();
      res.writeHead(201, { "content-type": "application/json; charset=utf-8" });
      res.end(JSON.stringify({ contact_id: "cont_12345", received: JSON.parse(body || "null") }));
    });
  }

  beforeAll(async () => {
    server = createServer(handle);
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it("sends a built request and parses the JSON answer", async () => {
    const req = buildHttpRequest({
      definition: {},
      method: { name: "createContact" },
      params: { firstName: "Jane" },
      config: { baseUrl: base },
      auth: { type: "api_key", key: "secret-key-1" },
    });
    const res = await sendHttpRequest(req, { timeoutMs: 5000 });
    expect(res.status).toBe(201);
    expect(res.json).toEqual({ contact_id: "cont_12345", received: { firstName: "Jane" } });
    expect(res.headers["content-type"]).toMatch(/json/);
    expect(res.durationMs).toBeGreaterThanOrEqual(0);
    const last = seen.at(-1);
    expect(last?.method).toBe("POST");
    expect(last?.url).toBe("/createContact");
    expect(last?.headers?.["x-api-key"]).toBe("secret-key-1");
  });

  it("returns HTTP error statuses instead of throwing", async () => {
    const res = await sendHttpRequest({ method: "GET", url: `${base}/limited`, headers: {} }, { timeoutMs: 5000 });
    expect(res.status).toBe(429);
    expect(res.headers["retry-after"]).toBe("2");
    expect(res.json).toEqual({ error: "slow down" });
    const text = await sendHttpRequest({ method: "GET", url: `${base}/text`, headers: {} }, { timeoutMs: 5000 });
    expect(text.bodyText).toBe("plain words");
    expect(text.json).toBeUndefined();
  });

  it("turns a timeout into TIMEOUT_ERROR", async () => {
    const err = await sendHttpRequest({ method: "GET", url: `${base}/slow?api_key=hidden-123`, headers: {} }, { timeoutMs: 150 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(IntegrationError);
    expect((err as IntegrationError).code).toBe("TIMEOUT_ERROR");
    expect((err as IntegrationError).retryable).toBe(true);
    expect((err as IntegrationError).message).not.toContain("hidden-123");
  });

  it("turns a closed port into TEMPORARY_ERROR", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const err = await sendHttpRequest({ method: "GET", url: `http://127.0.0.1:${port}/`, headers: {} }, { timeoutMs: 5000 }).catch((e: unknown) => e);
    expect((err as IntegrationError).code).toBe("TEMPORARY_ERROR");
    expect((err as IntegrationError).details).toMatchObject({ networkCode: "ECONNREFUSED" });
  });

  it("turns a dropped connection into TEMPORARY_ERROR", async () => {
    const err = await sendHttpRequest({ method: "GET", url: `${base}/reset`, headers: {} }, { timeoutMs: 5000 }).catch((e: unknown) => e);
    expect((err as IntegrationError).code).toBe("TEMPORARY_ERROR");
  });

  it("refuses a response larger than the limit", async () => {
    const err = await sendHttpRequest(
      { method: "POST", url: `${base}/big`, headers: { "content-type": "application/json" }, body: JSON.stringify({ pad: "x".repeat(5000) }) },
      { timeoutMs: 5000, maxResponseBytes: 1000 },
    ).catch((e: unknown) => e);
    expect((err as IntegrationError).code).toBe("UPSTREAM_ERROR");
  });
});
