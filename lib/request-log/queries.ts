// Reads of the request log (seed 000). Every query is scoped to one workspace in its `where`.
import { db, Prisma } from "@/lib/db/client";
import type { IntegrationRequest } from "@/lib/generated/prisma/client";
import { listRequestsQuerySchema, type IntegrationRequestDto, type ListRequestsQuery } from "@/lib/api/schemas";
import { NotFoundError, ValidationError } from "@/lib/errors";

export type RequestFilters = Omit<ListRequestsQuery, "limit" | "cursor">;

export type ListRequestsOptions = {
  workspaceId: string;
  filters?: RequestFilters;
  limit?: number;
  cursor?: string | null;
};

/** A row as the API and the browser see it, plus how many attempts its execution has so far. */
export type RequestRow = IntegrationRequestDto & { attemptsInExecution: number };

export type RequestPage = { rows: RequestRow[]; nextCursor: string | null };

const FILTER_KEYS = [
  "service", "instanceId", "status", "method", "referenceDoctype", "referenceDocname", "runId", "executionId", "from", "to", "q",
] as const satisfies readonly (keyof RequestFilters)[];

// The cursor is opaque to callers: base64url of [createdAt ISO, id] of the last row of the page.
export function encodeCursor(row: { createdAt: Date; id: string }): string {
  return Buffer.from(JSON.stringify([row.createdAt.toISOString(), row.id]), "utf8").toString("base64url");
}

export function decodeCursor(cursor: string): { createdAt: Date; id: string } {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (Array.isArray(value) && value.length === 2 && typeof value[0] === "string" && typeof value[1] === "string") {
      const createdAt = new Date(value[0]);
      if (!Number.isNaN(createdAt.getTime())) return { createdAt, id: value[1] };
    }
  } catch {
    // fall through to the validation error below
  }
  throw new ValidationError("The cursor is not valid", [{ path: "cursor", message: "Use the nextCursor of the previous page" }]);
}

function filterWhere(workspaceId: string, filters: RequestFilters = {}): Prisma.IntegrationRequestWhereInput {
  const and: Prisma.IntegrationRequestWhereInput[] = [{ workspaceId }];
  if (filters.service) and.push({ integrationRequestService: filters.service });
  if (filters.instanceId) and.push({ instanceId: filters.instanceId });
  if (filters.status) and.push({ status: filters.status });
  if (filters.method) and.push({ method: filters.method });
  if (filters.referenceDoctype) and.push({ referenceDoctype: filters.referenceDoctype });
  if (filters.referenceDocname) and.push({ referenceDocname: filters.referenceDocname });
  if (filters.runId) and.push({ runId: filters.runId });
  if (filters.executionId) and.push({ executionId: filters.executionId });
  if (filters.from) and.push({ createdAt: { gte: new Date(filters.from) } });
  if (filters.to) and.push({ createdAt: { lt: new Date(filters.to) } });
  const q = filters.q?.trim();
  if (q) {
    const contains = { contains: q, mode: "insensitive" as const };
    and.push({
      OR: [{ url: contains }, { requestDescription: contains }, { error: contains }, { referenceDocname: contains }, { requestId: q }],
    });
  }
  return { AND: and };
}

export function toRequestDto(row: IntegrationRequest): IntegrationRequestDto {
  const headers = row.requestHeaders;
  return {
    id: row.id,
    requestId: row.requestId,
    integrationRequestService: row.integrationRequestService,
    instanceId: row.instanceId,
    isRemoteRequest: row.isRemoteRequest,
    requestDescription: row.requestDescription,
    status: row.status,
    url: row.url,
    requestHeaders: headers && typeof headers === "object" && !Array.isArray(headers) ? (headers as Record<string, unknown>) : null,
    data: row.data,
    output: row.output,
    error: row.error,
    referenceDoctype: row.referenceDoctype,
    referenceDocname: row.referenceDocname,
    method: row.method,
    direction: row.direction,
    httpMethod: row.httpMethod,
    statusCode: row.statusCode,
    durationMs: row.durationMs,
    errorCode: row.errorCode,
    attempt: row.attempt,
    retryOfId: row.retryOfId,
    runId: row.runId,
    executionId: row.executionId,
    truncated: row.truncated,
    createdAt: row.createdAt.toISOString(),
    modifiedAt: row.modifiedAt.toISOString(),
  };
}

async function attemptsByExecution(workspaceId: string, executionIds: string[]): Promise<Map<string, number>> {
  if (executionIds.length === 0) return new Map();
  const groups = await db.integrationRequest.groupBy({
    by: ["executionId"],
    where: { workspaceId, executionId: { in: executionIds } },
    _max: { attempt: true },
  });
  return new Map(groups.map((g) => [g.executionId ?? "", g._max.attempt ?? 1]));
}

/** Newest first, keyset-paginated on (createdAt desc, id desc). */
export async function listRequests(options: ListRequestsOptions): Promise<RequestPage> {
  const limit = Math.min(Math.max(options.limit ?? 50, 1), 200);
  const where = filterWhere(options.workspaceId, options.filters);
  if (options.cursor) {
    const after = decodeCursor(options.cursor);
    (where.AND as Prisma.IntegrationRequestWhereInput[]).push({
      OR: [{ createdAt: { lt: after.createdAt } }, { createdAt: after.createdAt, id: { lt: after.id } }],
    });
  }
  const found = await db.integrationRequest.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit + 1,
  });
  const page = found.slice(0, limit);
  const executionIds = [...new Set(page.map((r) => r.executionId).filter((id): id is string => !!id))];
  const attempts = await attemptsByExecution(options.workspaceId, executionIds);
  return {
    rows: page.map((row) => ({
      ...toRequestDto(row),
      attemptsInExecution: Math.max(row.attempt, row.executionId ? (attempts.get(row.executionId) ?? 1) : 1),
    })),
    nextCursor: found.length > limit ? encodeCursor(page[page.length - 1]) : null,
  };
}

type Link = { id: string; attempt: number; status: IntegrationRequest["status"]; createdAt: string };

export type RequestDetail = IntegrationRequestDto & {
  parameters: unknown;
  instance: { id: string; name: string } | null;
  run: { id: string; status: string } | null;
  retryOf: Link | null;
  retries: Link[];
  /** Other attempts of the same execution (same executionId), oldest first. */
  siblings: Link[];
};

const linkSelect = { id: true, attempt: true, status: true, createdAt: true } as const;
const toLink = (r: { id: string; attempt: number; status: IntegrationRequest["status"]; createdAt: Date }): Link => ({
  ...r,
  createdAt: r.createdAt.toISOString(),
});

/** One row with its retry chain, instance and run; null when it is not in this workspace. */
export async function findRequest(workspaceId: string, id: string): Promise<RequestDetail | null> {
  const row = await db.integrationRequest.findFirst({
    where: { id, workspaceId },
    include: {
      instance: { select: { id: true, name: true } },
      run: { select: { id: true, status: true } },
      retryOf: { select: linkSelect },
      retries: { select: linkSelect, orderBy: { createdAt: "asc" } },
    },
  });
  if (!row) return null;
  const siblings = row.executionId
    ? await db.integrationRequest.findMany({
        where: { workspaceId, executionId: row.executionId, id: { not: row.id } },
        select: linkSelect,
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        take: 20,
      })
    : [];
  return {
    ...toRequestDto(row),
    parameters: row.parameters,
    instance: row.instance,
    run: row.run,
    retryOf: row.retryOf ? toLink(row.retryOf) : null,
    retries: row.retries.map(toLink),
    siblings: siblings.map(toLink),
  };
}

/** Like findRequest, but a missing row is a NotFoundError (404 in the API). */
export async function getRequest(workspaceId: string, id: string): Promise<RequestDetail> {
  const row = await findRequest(workspaceId, id);
  if (!row) throw new NotFoundError("Integration request");
  return row;
}

/** Distinct service names, for the filter. */
export async function listServices(workspaceId: string): Promise<string[]> {
  const groups = await db.integrationRequest.groupBy({
    by: ["integrationRequestService"],
    where: { workspaceId },
    orderBy: { integrationRequestService: "asc" },
  });
  return groups.map((g) => g.integrationRequestService);
}

/** Distinct method names, for the filter. */
export async function listMethods(workspaceId: string): Promise<string[]> {
  const groups = await db.integrationRequest.groupBy({
    by: ["method"],
    where: { workspaceId, method: { not: null } },
    orderBy: { method: "asc" },
  });
  return groups.map((g) => g.method).filter((m): m is string => !!m);
}

/** Instances of the workspace, for the filter. */
export async function listInstanceOptions(workspaceId: string): Promise<{ id: string; name: string }[]> {
  return db.integrationInstance.findMany({ where: { workspaceId }, select: { id: true, name: true }, orderBy: { name: "asc" }, take: 500 });
}

export type ParsedRequestQuery = { filters: RequestFilters; limit: number; cursor: string | null; invalid: string[] };

/**
 * Parses URL search params leniently for pages: a value that does not validate is dropped (and named
 * in `invalid`) instead of failing the page. The API uses listRequestsQuerySchema strictly.
 */
export function parseRequestSearchParams(params: Record<string, string | string[] | undefined>): ParsedRequestQuery {
  const raw: Record<string, string> = {};
  for (const [key, value] of Object.entries(params)) {
    const first = Array.isArray(value) ? value[0] : value;
    if (first !== undefined && first !== "") raw[key] = first;
  }
  const invalid: string[] = [];
  let parsed = listRequestsQuerySchema.safeParse(raw);
  while (!parsed.success) {
    const bad = parsed.error.issues.map((i) => String(i.path[0] ?? "")).filter((k) => k in raw);
    if (bad.length === 0) break;
    for (const key of bad) {
      invalid.push(key);
      delete raw[key];
    }
    parsed = listRequestsQuerySchema.safeParse(raw);
  }
  const data = parsed.success ? parsed.data : listRequestsQuerySchema.parse({});
  const filters: RequestFilters = {};
  for (const key of FILTER_KEYS) {
    const value = data[key];
    if (value !== undefined) (filters as Record<string, string>)[key] = value;
  }
  let cursor = data.cursor ?? null;
  if (cursor) {
    try {
      decodeCursor(cursor);
    } catch {
      invalid.push("cursor");
      cursor = null;
    }
  }
  return { filters, limit: data.limit, cursor, invalid };
}

export function hasFilters(filters: RequestFilters): boolean {
  return FILTER_KEYS.some((key) => filters[key] !== undefined && filters[key] !== "");
}
