import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import type { RequestStatus } from "@/lib/generated/prisma/enums";
import { healthState, serviceHealth } from "./health";

let workspaceId: string;
const now = Date.now();
const minutesAgo = (m: number) => new Date(now - m * 60_000);
const since = new Date(now - 24 * 3_600_000);

async function log(service: string, status: RequestStatus, options: { at?: Date; durationMs?: number; error?: string; errorCode?: string } = {}) {
  return db.integrationRequest.create({
    data: {
      workspaceId,
      integrationRequestService: service,
      status,
      durationMs: options.durationMs ?? null,
      error: options.error ?? null,
      errorCode: options.errorCode ?? null,
      createdAt: options.at ?? minutesAgo(10),
    },
  });
}

beforeEach(async () => {
  workspaceId = (await db.workspace.create({ data: { name: `health-${randomUUID()}` } })).id;
});

describe("serviceHealth", () => {
  it("is empty for a workspace without requests", async () => {
    expect(await serviceHealth(workspaceId, { since })).toEqual([]);
  });

  it("computes counts, success rate, percentiles and last success/failure per service", async () => {
    for (let i = 1; i <= 9; i++) await log("Acme CRM", "Completed", { durationMs: i * 100, at: minutesAgo(100 - i) });
    await log("Acme CRM", "Failed", { durationMs: 1000, error: "HTTP 503", errorCode: "TEMPORARY_ERROR", at: minutesAgo(200) });
    await log("Acme CRM", "Queued", { at: minutesAgo(1) });
    // Another workspace's rows never count.
    const other = await db.workspace.create({ data: { name: `health-${randomUUID()}` } });
    await db.integrationRequest.create({ data: { workspaceId: other.id, integrationRequestService: "Acme CRM", status: "Failed" } });

    const [acme] = await serviceHealth(workspaceId, { since });
    expect(acme.service).toBe("Acme CRM");
    expect(acme.total).toBe(11);
    expect(acme.completed).toBe(9);
    expect(acme.failed).toBe(1);
    expect(acme.successRate).toBeCloseTo(0.9);
    expect(acme.p50DurationMs).toBe(550);
    expect(acme.p95DurationMs).toBeCloseTo(955);
    expect(acme.lastSuccessAt?.getTime()).toBe(minutesAgo(91).getTime());
    expect(acme.lastFailureAt?.getTime()).toBe(minutesAgo(200).getTime());
    expect(acme.lastFailureError).toBe("HTTP 503");
    expect(acme.lastFailureCode).toBe("TEMPORARY_ERROR");
    expect(acme.state).toBe("healthy");
  });

  it("judges a call by its last attempt: attempts the executor retried successfully are not failures", async () => {
    for (let i = 0; i < 3; i++) {
      const executionId = randomUUID();
      const first = await db.integrationRequest.create({
        data: { workspaceId, integrationRequestService: "Flaky", status: "Failed", executionId, attempt: 1, createdAt: minutesAgo(20 + i) },
      });
      const second = await db.integrationRequest.create({
        data: { workspaceId, integrationRequestService: "Flaky", status: "Failed", executionId, attempt: 2, retryOfId: first.id, createdAt: minutesAgo(19 + i) },
      });
      await db.integrationRequest.create({
        data: { workspaceId, integrationRequestService: "Flaky", status: "Completed", executionId, attempt: 3, retryOfId: second.id, createdAt: minutesAgo(18 + i) },
      });
    }
    const [flaky] = await serviceHealth(workspaceId, { since });
    expect(flaky.total).toBe(9);
    expect(flaky.completed).toBe(3);
    expect(flaky.failed).toBe(0);
    expect(flaky.successRate).toBe(1);
    expect(flaky.state).toBe("healthy");
  });

  it("is degraded when the last finished call failed, failing above 50 % failures, idle without recent calls", async () => {
    for (let i = 0; i < 5; i++) await log("Degraded", "Completed", { at: minutesAgo(30 + i) });
    await log("Degraded", "Failed", { at: minutesAgo(5), error: "timeout" });
    await log("Failing", "Completed", { at: minutesAgo(30) });
    await log("Failing", "Failed", { at: minutesAgo(20), error: "boom 1" });
    await log("Failing", "Failed", { at: minutesAgo(10), error: "boom 2" });
    await log("Idle", "Failed", { at: new Date(now - 3 * 86_400_000), error: "old" });

    const byName = Object.fromEntries((await serviceHealth(workspaceId, { since })).map((h) => [h.service, h]));
    expect(byName.Degraded.state).toBe("degraded");
    expect(byName.Failing.state).toBe("failing");
    expect(byName.Failing.lastFailureError).toBe("boom 2");
    expect(byName.Idle.state).toBe("idle");
    expect(byName.Idle.total).toBe(0);
    expect(byName.Idle.successRate).toBeNull();
    expect(byName.Idle.lastFailureError).toBe("old");
  });
});

describe("healthState", () => {
  it("uses the thresholds", () => {
    expect(healthState({ total: 0, completed: 0, failed: 0, lastStatus: null })).toBe("idle");
    expect(healthState({ total: 10, completed: 9, failed: 1, lastStatus: "Completed" })).toBe("healthy");
    expect(healthState({ total: 10, completed: 8, failed: 2, lastStatus: "Completed" })).toBe("degraded");
    expect(healthState({ total: 10, completed: 4, failed: 6, lastStatus: "Completed" })).toBe("failing");
    expect(healthState({ total: 3, completed: 0, failed: 0, lastStatus: null })).toBe("healthy");
  });
});
