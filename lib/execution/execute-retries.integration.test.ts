// Retries: Retry-After honoured, one row per attempt linked by retryOfId, POST only when idempotent.
import { beforeAll, describe, expect, it } from "vitest";
import { upstreamsForFile } from "@/test/upstream";
import { executeMethod, ExecutionError } from "./execute";
import { caught, createInstance, createWorkspace, definitionDocument, method, rowsOf } from "./execution-fixtures";

let workspaceId: string;
const upstream = upstreamsForFile();

beforeAll(async () => {
  workspaceId = await createWorkspace();
});

describe("executeMethod retries", () => {
  it("retries 429 with Retry-After: three rows linked by retryOfId, attempts 1..3, the last Completed", async () => {
    const limited = { status: 429, headers: { "retry-after": "1" }, json: { message: "Too many requests" } };
    const server = await upstream([limited, limited, { json: { items: [1, 2] } }]);
    const id = await createInstance({
      workspaceId,
      document: definitionDocument({ retryPolicy: { maxAttempts: 3, initialDelayMs: 0, maxDelayMs: 5000, jitter: 0 } }),
      config: { baseUrl: server.url },
    });
    const result = await executeMethod({ workspaceId }, id, "ping", {});
    expect(result.data).toEqual({ items: [1, 2] });
    expect(server.requests).toHaveLength(3);

    const rows = await rowsOf(result.requestIds);
    expect(rows.map((r) => [r.attempt, r.status, r.statusCode, r.errorCode])).toEqual([
      [1, "Failed", 429, "RATE_LIMIT_EXCEEDED"],
      [2, "Failed", 429, "RATE_LIMIT_EXCEEDED"],
      [3, "Completed", 200, null],
    ]);
    expect(rows[0].retryOfId).toBeNull();
    expect(rows[1].retryOfId).toBe(rows[0].id);
    expect(rows[2].retryOfId).toBe(rows[1].id);
    expect(new Set(rows.map((r) => r.executionId))).toEqual(new Set([result.executionId]));
    for (const row of rows) expect(row.durationMs).not.toBeNull();
  });

  it("does not retry a POST that is not idempotent", async () => {
    const server = await upstream([{ status: 503 }, { json: { created: true } }]);
    const id = await createInstance({
      workspaceId,
      document: definitionDocument({ methods: [method("create", { http: { method: "POST", path: "/items" } })] }),
      config: { baseUrl: server.url },
    });
    const error = await caught<ExecutionError>(() => executeMethod({ workspaceId }, id, "create", { name: "x" }));
    expect(error.code).toBe("TEMPORARY_ERROR");
    expect(error.requestIds).toHaveLength(1);
    expect(server.requests).toHaveLength(1);
  });

  it("retries a POST declared idempotent", async () => {
    const server = await upstream([{ status: 503 }, { json: { created: true } }]);
    const id = await createInstance({
      workspaceId,
      document: definitionDocument({ methods: [method("create", { http: { method: "POST", path: "/items" }, idempotent: true })] }),
      config: { baseUrl: server.url },
    });
    const result = await executeMethod({ workspaceId }, id, "create", { name: "x" });
    expect(result.data).toEqual({ created: true });
    expect(result.requestIds).toHaveLength(2);
  });

  it("sends one Idempotency-Key per execution, the same on every attempt", async () => {
    const server = await upstream([{ status: 502 }, { status: 502 }, { json: { created: true } }]);
    const id = await createInstance({
      workspaceId,
      document: definitionDocument({ methods: [method("create", { http: { method: "POST", path: "/items" }, idempotencyKey: true })] }),
      config: { baseUrl: server.url },
    });
    await executeMethod({ workspaceId }, id, "create", {});
    await executeMethod({ workspaceId }, id, "create", {});
    const keys = server.requests.map((r) => r.headers["idempotency-key"]);
    expect(keys).toHaveLength(4);
    expect(keys[0]).toBeTruthy();
    expect(new Set(keys.slice(0, 3)).size).toBe(1);
    expect(keys[3]).not.toBe(keys[0]);
  });

  it("the instance's retryPolicy overrides the definition's", async () => {
    const server = await upstream([{ status: 503 }]);
    const id = await createInstance({
      workspaceId,
      document: definitionDocument({ retryPolicy: { maxAttempts: 3, initialDelayMs: 5, jitter: 0 } }),
      config: { baseUrl: server.url },
      retryPolicy: { maxAttempts: 1 },
    });
    const error = await caught<ExecutionError>(() => executeMethod({ workspaceId }, id, "ping", {}));
    expect(error.code).toBe("TEMPORARY_ERROR");
    expect(server.requests).toHaveLength(1);
  });

  it("does not retry errors that are not transient", async () => {
    const server = await upstream([{ status: 400, json: { message: "bad" } }]);
    const id = await createInstance({ workspaceId, document: definitionDocument(), config: { baseUrl: server.url } });
    const error = await caught<ExecutionError>(() => executeMethod({ workspaceId }, id, "ping", {}));
    expect(error.code).toBe("UPSTREAM_ERROR");
    expect(server.requests).toHaveLength(1);
  });
});
