import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { ValidationError } from "@/lib/errors";
import { decodeCursor, encodeCursor, findRequest, getRequest, listRequests, listServices, parseRequestSearchParams } from "./queries";

let workspaceId: string;
const base = Date.UTC(2026, 10, 20, 12, 0, 0);

beforeEach(async () => {
  workspaceId = (await db.workspace.create({ data: { name: `rl-${randomUUID()}` } })).id;
});

async function seedRows(count: number, extra: (i: number) => Record<string, unknown> = () => ({})) {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const row = await db.integrationRequest.create({
      data: {
        workspaceId,
        integrationRequestService: i % 2 ? "Stripe" : "Acme CRM",
        status: i % 3 === 0 ? "Failed" : "Completed",
        // Pairs share a timestamp so the id tiebreaker is exercised.
        createdAt: new Date(base + Math.floor(i / 2) * 60_000),
        ...extra(i),
      },
    });
    ids.push(row.id);
  }
  return ids;
}

describe("listRequests", () => {
  it("pages newest first with an opaque keyset cursor, without gaps or repeats", async () => {
    await seedRows(7);
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page: Awaited<ReturnType<typeof listRequests>> = await listRequests({ workspaceId, limit: 3, cursor });
      seen.push(...page.rows.map((r) => r.id));
      cursor = page.nextCursor;
      pages++;
    } while (cursor);
    expect(pages).toBe(3);
    const all = await db.integrationRequest.findMany({ where: { workspaceId }, orderBy: [{ createdAt: "desc" }, { id: "desc" }] });
    expect(seen).toEqual(all.map((r) => r.id));
  });

  it("filters by service, status, reference, date range, execution and search, only within the workspace", async () => {
    await seedRows(6, (i) => ({
      referenceDoctype: i === 4 ? "Sales Invoice" : null,
      referenceDocname: i === 4 ? "SINV-001" : null,
      url: i === 5 ? "https://api.example.com/special" : null,
      executionId: i >= 3 ? "exec-1" : null,
      attempt: i >= 3 ? i - 2 : 1,
    }));
    const other = await db.workspace.create({ data: { name: `rl-${randomUUID()}` } });
    await db.integrationRequest.create({ data: { workspaceId: other.id, integrationRequestService: "Stripe", status: "Failed" } });

    const list = (filters: Parameters<typeof listRequests>[0]["filters"]) => listRequests({ workspaceId, filters }).then((p) => p.rows);
    expect((await list({ service: "Stripe" })).every((r) => r.integrationRequestService === "Stripe")).toBe(true);
    expect(await list({ service: "Stripe" })).toHaveLength(3);
    expect(await list({ status: "Failed" })).toHaveLength(2);
    expect((await list({ referenceDoctype: "Sales Invoice", referenceDocname: "SINV-001" })).map((r) => r.referenceDocname)).toEqual(["SINV-001"]);
    expect(await list({ q: "SPECIAL" })).toHaveLength(1);
    expect(await list({ from: new Date(base + 60_000).toISOString(), to: new Date(base + 120_000).toISOString() })).toHaveLength(2);
    const attempts = await list({ executionId: "exec-1" });
    expect(attempts).toHaveLength(3);
    expect(attempts.every((r) => r.attemptsInExecution === 3)).toBe(true);
    expect(typeof attempts[0].createdAt).toBe("string");
  });

  it("rejects a cursor it did not make", async () => {
    await expect(listRequests({ workspaceId, cursor: "not-a-cursor" })).rejects.toBeInstanceOf(ValidationError);
    const cursor = encodeCursor({ createdAt: new Date(base), id: "abc" });
    expect(decodeCursor(cursor)).toEqual({ createdAt: new Date(base), id: "abc" });
  });
});

describe("getRequest", () => {
  it("returns the row with its retry chain and instance; 404 for another workspace", async () => {
    const [first] = await seedRows(1);
    const retry = await db.integrationRequest.create({
      data: { workspaceId, integrationRequestService: "Acme CRM", status: "Completed", retryOfId: first, attempt: 2 },
    });
    const detail = await getRequest(workspaceId, retry.id);
    expect(detail.retryOf?.id).toBe(first);
    expect((await getRequest(workspaceId, first)).retries.map((r) => r.id)).toEqual([retry.id]);
    expect(detail.instance).toBeNull();

    const other = await db.workspace.create({ data: { name: `rl-${randomUUID()}` } });
    expect(await findRequest(other.id, first)).toBeNull();
    await expect(getRequest(other.id, first)).rejects.toMatchObject({ code: "NOT_FOUND", status: 404 });
  });
});

describe("listServices and parseRequestSearchParams", () => {
  it("lists distinct services", async () => {
    await seedRows(4);
    expect(await listServices(workspaceId)).toEqual(["Acme CRM", "Stripe"]);
  });

  it("drops invalid values instead of failing", () => {
    const parsed = parseRequestSearchParams({ status: "Nope", service: "Stripe", from: "yesterday", limit: "20", q: "", cursor: "garbage" });
    expect(parsed.filters).toEqual({ service: "Stripe" });
    expect(parsed.limit).toBe(20);
    expect(parsed.cursor).toBeNull();
    expect(parsed.invalid.sort()).toEqual(["cursor", "from", "status"]);
  });
});
