// Every error code reached through executeMethod against real loopback upstreams and a real database.
import { beforeAll, describe, expect, it } from "vitest";
import { refusedUrl, upstreamsForFile } from "@/test/upstream";
import { executeMethod, ExecutionError } from "./execute";
import { caught, createInstance, createWorkspace, definitionDocument, method, rowsOf } from "./execution-fixtures";

let workspaceId: string;
const upstream = upstreamsForFile();

async function instanceFor(baseUrl: string, overrides: Record<string, unknown> = {}, extra: Partial<Parameters<typeof createInstance>[0]> = {}) {
  return createInstance({ workspaceId, document: definitionDocument(overrides), config: { baseUrl }, ...extra });
}

async function failure(instanceId: string, name: string, params: unknown = {}): Promise<ExecutionError> {
  const error = await caught<ExecutionError>(() => executeMethod({ workspaceId }, instanceId, name, params));
  expect(error).toBeInstanceOf(ExecutionError);
  return error;
}

beforeAll(async () => {
  workspaceId = await createWorkspace();
});

describe("executeMethod error codes", () => {
  it("VALIDATION_ERROR: parameters are checked against paramSchema, with parameters.x paths, and logged", async () => {
    const server = await upstream([{ json: {} }]);
    const paramSchema = {
      type: "object",
      properties: { email: { type: "string", format: "email" }, limit: { type: "integer", default: 10 } },
      required: ["email"],
    };
    const id = await instanceFor(server.url, { methods: [method("find", { paramSchema })] });
    const error = await failure(id, "find", { limit: "many" });
    expect(error.code).toBe("VALIDATION_ERROR");
    const paths = (error.details?.issues as { path: string }[]).map((i) => i.path).sort();
    expect(paths).toEqual(["parameters.email", "parameters.limit"]);
    expect(server.requests).toHaveLength(0);
    const [row] = await rowsOf(error.requestIds);
    expect(row).toMatchObject({ status: "Failed", errorCode: "VALIDATION_ERROR", attempt: 1, method: "find" });
    expect(row.error).toContain("parameters.email");
  });

  it("AUTHENTICATION_ERROR: a disabled instance is refused in plain words", async () => {
    const server = await upstream([{ json: {} }]);
    const id = await instanceFor(server.url, {}, { enabled: false });
    const error = await failure(id, "ping");
    expect(error.code).toBe("AUTHENTICATION_ERROR");
    expect(error.message).toBe("This integration is disabled. Enable it on its Settings tab.");
    expect(server.requests).toHaveLength(0);
    expect((await rowsOf(error.requestIds))[0]).toMatchObject({ status: "Failed", errorCode: "AUTHENTICATION_ERROR" });
  });

  it("AUTHENTICATION_ERROR: an OAuth2 instance that was never connected", async () => {
    const server = await upstream([{ json: {} }]);
    const id = await instanceFor(
      server.url,
      { authType: "oauth2", oauth2Config: { authorizationUrl: `${server.url}/authorize`, tokenUrl: `${server.url}/token` } },
      { status: "PENDING_AUTHENTICATION" },
    );
    const error = await failure(id, "ping");
    expect(error.code).toBe("AUTHENTICATION_ERROR");
    expect(error.message).toMatch(/^Connect an account first/);
    expect(server.requests).toHaveLength(0);
  });

  it("AUTHENTICATION_ERROR: an API key instance without a key", async () => {
    const server = await upstream([{ json: {} }]);
    const id = await instanceFor(server.url, { authType: "api_key" });
    const error = await failure(id, "ping");
    expect(error.code).toBe("AUTHENTICATION_ERROR");
    expect(error.message).toMatch(/^Connect an account first/);
  });

  it("AUTHENTICATION_ERROR: the upstream answers 401, with its message shortened in details", async () => {
    const server = await upstream([{ status: 401, json: { error: { message: "Invalid API key provided" } } }]);
    const id = await instanceFor(server.url, { authType: "api_key" }, { secrets: { apiKey: "key-that-is-wrong-123" } });
    const error = await failure(id, "ping");
    expect(error.code).toBe("AUTHENTICATION_ERROR");
    expect(error.details).toMatchObject({ upstreamStatus: 401, upstreamMessage: "Invalid API key provided" });
    expect(server.requests).toHaveLength(1);
    expect((await rowsOf(error.requestIds))[0]).toMatchObject({ status: "Failed", statusCode: 401, errorCode: "AUTHENTICATION_ERROR" });
  });

  it("NOT_FOUND: an unknown method, and an upstream 404", async () => {
    const server = await upstream([{ status: 404, json: { message: "No such contact" } }]);
    const id = await instanceFor(server.url);
    const unknown = await failure(id, "noSuchMethod");
    expect(unknown.code).toBe("NOT_FOUND");
    expect((await rowsOf(unknown.requestIds))[0]).toMatchObject({ status: "Failed", errorCode: "NOT_FOUND", method: "noSuchMethod" });

    const upstream404 = await failure(id, "ping");
    expect(upstream404.code).toBe("NOT_FOUND");
    expect(upstream404.details).toMatchObject({ upstreamStatus: 404, upstreamMessage: "No such contact" });
    expect(upstream404.requestIds).toHaveLength(1);
  });

  it("NOT_FOUND: an instance of another workspace", async () => {
    const server = await upstream([{ json: {} }]);
    const id = await instanceFor(server.url);
    const other = await createWorkspace();
    const error = await caught<ExecutionError>(() => executeMethod({ workspaceId: other }, id, "ping", {}));
    expect(error.code).toBe("NOT_FOUND");
    expect(server.requests).toHaveLength(0);
  });

  it("RATE_LIMIT_EXCEEDED after every attempt was rate-limited", async () => {
    const server = await upstream([{ status: 429, json: { message: "Slow down" } }]);
    const id = await instanceFor(server.url, { retryPolicy: { maxAttempts: 2, initialDelayMs: 5, maxDelayMs: 50, jitter: 0 } });
    const error = await failure(id, "ping");
    expect(error.code).toBe("RATE_LIMIT_EXCEEDED");
    expect(error.retryable).toBe(true);
    expect(server.requests).toHaveLength(2);
    const rows = await rowsOf(error.requestIds);
    expect(rows.map((r) => [r.attempt, r.status, r.statusCode])).toEqual([
      [1, "Failed", 429],
      [2, "Failed", 429],
    ]);
  });

  it("TIMEOUT_ERROR when the upstream does not answer within the method's timeoutMs", async () => {
    const server = await upstream([{ delayMs: 3000, json: {} }]);
    const id = await instanceFor(server.url, {
      methods: [method("slow", { http: { method: "GET", path: "/slow" }, timeoutMs: 150 })],
      retryPolicy: { maxAttempts: 1 },
    });
    const error = await failure(id, "slow");
    expect(error.code).toBe("TIMEOUT_ERROR");
    expect((await rowsOf(error.requestIds))[0]).toMatchObject({ status: "Failed", errorCode: "TIMEOUT_ERROR", statusCode: null });
  });

  it("TEMPORARY_ERROR for 503 and for a refused connection", async () => {
    const server = await upstream([{ status: 503, body: "maintenance" }]);
    const id = await instanceFor(server.url, { retryPolicy: { maxAttempts: 1 } });
    const unavailable = await failure(id, "ping");
    expect(unavailable.code).toBe("TEMPORARY_ERROR");
    expect(unavailable.details).toMatchObject({ upstreamStatus: 503, upstreamMessage: "maintenance" });

    const refused = await instanceFor(await refusedUrl(), { retryPolicy: { maxAttempts: 2, initialDelayMs: 5, jitter: 0 } });
    const error = await failure(refused, "ping");
    expect(error.code).toBe("TEMPORARY_ERROR");
    expect(error.details).toMatchObject({ networkCode: "ECONNREFUSED" });
    expect(error.requestIds).toHaveLength(2);
  });

  it("UPSTREAM_ERROR for a 500 and for a result that does not match resultSchema", async () => {
    const server = await upstream((request) =>
      request.path === "/broken" ? { status: 500, json: { message: "boom" } } : { json: { id: 42 } },
    );
    const resultSchema = { type: "object", properties: { id: { type: "string" } }, required: ["id"] };
    const id = await instanceFor(server.url, {
      methods: [method("broken", { http: { method: "GET", path: "/broken" } }), method("shape", { http: { method: "GET", path: "/shape" }, resultSchema })],
    });
    const broken = await failure(id, "broken");
    expect(broken.code).toBe("UPSTREAM_ERROR");
    expect(broken.requestIds).toHaveLength(1);

    const shape = await failure(id, "shape");
    expect(shape.code).toBe("UPSTREAM_ERROR");
    expect(shape.message).toBe("The service answered in an unexpected shape");
    expect(shape.details?.issues).toEqual([{ path: "result.id", message: expect.any(String) }]);
    expect((await rowsOf(shape.requestIds))[0]).toMatchObject({ status: "Failed", statusCode: 200, errorCode: "UPSTREAM_ERROR" });
  });

  it("TRANSFORM_ERROR for hostile transforms, and the executor keeps answering", async () => {
    const server = await upstream([{ json: { ok: true } }]);
    const hostile = {
      loop: "function transform(input) { while (true) {} }",
      memory: "function transform(input) { var all = []; while (true) { all.push(new Array(1000000).fill(1)); } }",
      process: "function transform(input) { return process.env; }",
      require: "function transform(input) { return require('fs').readFileSync('/etc/passwd', 'utf8'); }",
    };
    const id = await instanceFor(server.url, {
      methods: [
        ...Object.entries(hostile).map(([name, source]) => method(name, { requestTransform: source })),
        method("badResponse", { http: { method: "GET", path: "/x" }, responseTransform: "function transform(r) { return r.missing.field; }" }),
        method("fine", { http: { method: "GET", path: "/fine" }, responseTransform: "function transform(r) { return { fine: r.ok }; }" }),
      ],
    });
    for (const name of Object.keys(hostile)) {
      const error = await failure(id, name);
      expect(error.code, name).toBe("TRANSFORM_ERROR");
      expect((await rowsOf(error.requestIds))[0]).toMatchObject({ status: "Failed", errorCode: "TRANSFORM_ERROR" });
    }
    expect(server.requests).toHaveLength(0);

    const response = await failure(id, "badResponse");
    expect(response.code).toBe("TRANSFORM_ERROR");
    expect((await rowsOf(response.requestIds))[0]).toMatchObject({ status: "Failed", statusCode: 200, errorCode: "TRANSFORM_ERROR" });

    await expect(executeMethod({ workspaceId }, id, "fine", {})).resolves.toMatchObject({ data: { fine: true } });
  });

  it("INTERNAL_ERROR when stored secrets cannot be decrypted, without internals in the message", async () => {
    const server = await upstream([{ json: {} }]);
    const id = await instanceFor(server.url, {}, { secretConfig: "pb1.nokey.AAAA.BBBB.CCCC" });
    const error = await failure(id, "ping");
    expect(error.code).toBe("INTERNAL_ERROR");
    expect(error.message).toBe("Internal error while executing the method");
    expect(server.requests).toHaveLength(0);
  });
});
