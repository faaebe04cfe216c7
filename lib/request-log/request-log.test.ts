import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createRequestLog, handleFailure, handleSuccess, newRowId } from "./request-log";

let workspaceId: string;

beforeEach(async () => {
  workspaceId = (await db.workspace.create({ data: { name: `rlw-${randomUUID()}` } })).id;
});

const SECRET = "sk_live_abcdef123456";

describe("request-log rows", () => {
  it("creates a redacted row in the given status, then completes it", async () => {
    const before = Date.now();
    const log = await createRequestLog(
      { name: "Ada", apiKey: "k-1" },
      {
        workspaceId,
        serviceName: "Acme",
        status: "Authorized",
        url: `https://api.example.test/items?key=${SECRET}&page=2`,
        requestHeaders: { authorization: `Bearer ${SECRET}`, accept: "application/json" },
        httpMethod: "POST",
        method: "createItem",
        executionId: "exec-1",
        parameters: { password: "hunter22", page: 2 },
        secretValues: [SECRET],
      },
    );
    const row = await db.integrationRequest.findUniqueOrThrow({ where: { id: log.id } });
    expect(row).toMatchObject({
      requestId: log.requestId,
      status: "Authorized",
      integrationRequestService: "Acme",
      isRemoteRequest: true,
      direction: "outbound",
      attempt: 1,
      truncated: false,
      httpMethod: "POST",
      method: "createItem",
      executionId: "exec-1",
      requestHeaders: { authorization: "[REDACTED]", accept: "application/json" },
      parameters: { password: "[REDACTED]", page: 2 },
    });
    expect(row.url).not.toContain(SECRET);
    expect(JSON.parse(row.data ?? "")).toEqual({ name: "Ada", apiKey: "[REDACTED]" });
    // Stored as UTC like Prisma's own writes: read back as the moment it was written.
    expect(row.createdAt.getTime()).toBeGreaterThanOrEqual(before - 5);
    expect(row.createdAt.getTime()).toBeLessThanOrEqual(Date.now() + 5);

    await handleSuccess(log, { token: "t", echo: SECRET }, { statusCode: 201, durationMs: 12 });
    const done = await db.integrationRequest.findUniqueOrThrow({ where: { id: log.id } });
    expect(done).toMatchObject({ status: "Completed", statusCode: 201, durationMs: 12, truncated: false });
    expect(done.output).not.toContain(SECRET);
    expect(JSON.parse(done.output ?? "")).toEqual({ token: "[REDACTED]", echo: "[REDACTED]" });
    expect(done.modifiedAt.getTime()).toBeGreaterThanOrEqual(row.modifiedAt.getTime());
  });

  it("defaults to Queued with JSON null headers and parameters, and records failures", async () => {
    const log = await createRequestLog(undefined, { workspaceId, serviceName: "Acme", secretValues: [SECRET] });
    const row = await db.integrationRequest.findUniqueOrThrow({ where: { id: log.id } });
    expect(row).toMatchObject({ status: "Queued", data: null, requestHeaders: null, parameters: null, instanceId: null });

    await handleFailure(log, new Error(`Upstream said ${SECRET}`), { errorCode: "UPSTREAM_ERROR", statusCode: 502, output: "bad gateway" });
    const failed = await db.integrationRequest.findUniqueOrThrow({ where: { id: log.id } });
    expect(failed).toMatchObject({ status: "Failed", errorCode: "UPSTREAM_ERROR", statusCode: 502, output: "bad gateway", error: "Upstream said [REDACTED]" });
  });

  it("marks large outputs as truncated", async () => {
    const log = await createRequestLog(undefined, { workspaceId, serviceName: "Acme" });
    await handleSuccess(log, "x".repeat(70 * 1024));
    const row = await db.integrationRequest.findUniqueOrThrow({ where: { id: log.id } });
    expect(row.truncated).toBe(true);
    expect(row.output).toContain("[truncated");
  });
});

describe("newRowId", () => {
  it("is cuid-shaped, unique and increasing within a process", () => {
    const ids = Array.from({ length: 1000 }, newRowId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^c[0-9a-z]{24}$/);
    expect([...ids].sort()).toEqual(ids);
  });
});
