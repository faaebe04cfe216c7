// GET /api/v1/integration-requests (+ /:id) called as Next.js calls them, with real API tokens.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as listRoute } from "./route";
import { GET as getRoute } from "./[id]/route";
import type { Actor } from "@/lib/auth/actor";
import { createApiToken } from "@/lib/auth/api-tokens";
import { integrationRequestSchema, requestPageSchema } from "@/lib/api/schemas";
import { db } from "@/lib/db/client";

let workspaceId: string;
let token: string;
const ids: string[] = [];

const get = (path: string, bearer: string | null = token) =>
  new Request(`http://hub.test/api/v1/integration-requests${path}`, { headers: bearer ? { authorization: `Bearer ${bearer}` } : {} });
const noParams = { params: Promise.resolve({}) };

beforeAll(async () => {
  workspaceId = (await db.workspace.create({ data: { name: `api-rl-${randomUUID()}` } })).id;
  const admin: Actor = { kind: "user", id: "admin", userId: null, label: "admin@example.test", workspaceId, role: "admin" };
  token = (await createApiToken(admin, { name: "viewer", role: "viewer" })).token;
  for (let i = 0; i < 3; i++) {
    const row = await db.integrationRequest.create({
      data: {
        workspaceId,
        integrationRequestService: "Acme CRM",
        status: i === 0 ? "Failed" : "Completed",
        requestHeaders: { authorization: "[redacted]" },
        createdAt: new Date(Date.UTC(2026, 0, 1, 0, i)),
      },
    });
    ids.push(row.id);
  }
});

describe("GET /api/v1/integration-requests", () => {
  it("returns { data, nextCursor } in the documented shape, page by page", async () => {
    const first = await listRoute(get("?limit=2"), noParams);
    expect(first.status).toBe(200);
    const page = requestPageSchema.parse(await first.json());
    expect(page.data.map((r) => r.id)).toEqual([ids[2], ids[1]]);
    expect(page.data[0]).not.toHaveProperty("attemptsInExecution");
    expect(page.data[0].createdAt).toBe("2026-01-01T00:02:00.000Z");

    const second = requestPageSchema.parse(await (await listRoute(get(`?limit=2&cursor=${page.nextCursor}`), noParams)).json());
    expect(second.data.map((r) => r.id)).toEqual([ids[0]]);
    expect(second.nextCursor).toBeNull();
  });

  it("filters, and answers VALIDATION_ERROR for a bad filter and AUTHENTICATION_ERROR without a token", async () => {
    const failed = requestPageSchema.parse(await (await listRoute(get("?status=Failed"), noParams)).json());
    expect(failed.data.map((r) => r.id)).toEqual([ids[0]]);

    const bad = await listRoute(get("?status=Nope"), noParams);
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.code).toBe("VALIDATION_ERROR");

    const anonymous = await listRoute(get("", null), noParams);
    expect(anonymous.status).toBe(401);
    expect((await anonymous.json()).error.code).toBe("AUTHENTICATION_ERROR");
  });
});

describe("GET /api/v1/integration-requests/:id", () => {
  it("returns the row, and 404 NOT_FOUND for a row of another workspace", async () => {
    const response = await getRoute(get(`/${ids[0]}`), { params: Promise.resolve({ id: ids[0] }) });
    expect(response.status).toBe(200);
    const body: unknown = await response.json();
    expect(body).not.toHaveProperty("parameters");
    expect(integrationRequestSchema.parse(body)).toMatchObject({ id: ids[0], status: "Failed", requestHeaders: { authorization: "[redacted]" } });

    const other = await db.workspace.create({ data: { name: `api-rl-${randomUUID()}` } });
    const foreign = await db.integrationRequest.create({ data: { workspaceId: other.id, integrationRequestService: "X" } });
    const missing = await getRoute(get(`/${foreign.id}`), { params: Promise.resolve({ id: foreign.id }) });
    expect(missing.status).toBe(404);
    expect((await missing.json()).error.code).toBe("NOT_FOUND");
  });
});
