// Seed 000's lifecycle for one attempt: the Authorized row exists while the call is in flight
// (its insert overlaps the call), and the single update to Completed or Failed comes after.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { startUpstream, type Upstream } from "@/test/upstream";
import { executeMethod, ExecutionError } from "./execute";
import { caught, createInstance, createWorkspace, definitionDocument, rowsOf } from "./execution-fixtures";

let workspaceId: string;
const upstreams: Upstream[] = [];

beforeAll(async () => {
  workspaceId = await createWorkspace();
});

afterAll(async () => {
  await Promise.all(upstreams.map((u) => u.close()));
});

/** The rows of this instance as the upstream sees them while it holds the call (bounded wait). */
async function rowsWhileInFlight(instanceId: string) {
  for (let i = 0; i < 100; i++) {
    const rows = await db.integrationRequest.findMany({ where: { instanceId }, select: { id: true, status: true } });
    if (rows.length > 0) return rows;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return [];
}

async function instanceAnswering(status: number) {
  let instanceId = "";
  let seen: { id: string; status: string }[] = [];
  const upstream = await startUpstream(async () => {
    seen = await rowsWhileInFlight(instanceId);
    return { status, json: { ok: status < 300 } };
  });
  upstreams.push(upstream);
  const document = definitionDocument({ retryPolicy: { maxAttempts: 1 } });
  instanceId = await createInstance({ workspaceId, document, config: { baseUrl: upstream.url } });
  return { instanceId, seen: () => seen };
}

describe("request-log lifecycle of an attempt", () => {
  it("has the Authorized row during the call and completes it after", async () => {
    const { instanceId, seen } = await instanceAnswering(200);
    const result = await executeMethod({ workspaceId }, instanceId, "ping", {});
    expect(seen()).toEqual([{ id: result.requestIds[0], status: "Authorized" }]);
    const rows = await rowsOf(result.requestIds);
    expect(rows.map((r) => [r.status, r.statusCode])).toEqual([["Completed", 200]]);
  });

  it("has the Authorized row during a failing call and marks it Failed after", async () => {
    const { instanceId, seen } = await instanceAnswering(400);
    const error = await caught<ExecutionError>(() => executeMethod({ workspaceId }, instanceId, "ping", {}));
    expect(error).toBeInstanceOf(ExecutionError);
    expect(seen()).toEqual([{ id: error.requestIds[0], status: "Authorized" }]);
    const rows = await rowsOf(error.requestIds);
    expect(rows.map((r) => [r.status, r.statusCode, r.errorCode])).toEqual([["Failed", 400, "UPSTREAM_ERROR"]]);
  });
});
