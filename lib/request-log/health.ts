// Health per service (seed 000's "Monitor Integration Health"), computed in one SQL query.
import { db, Prisma } from "@/lib/db/client";

export type HealthState = "healthy" | "degraded" | "failing" | "idle";

export type ServiceHealth = {
  service: string;
  /** Requests (attempts) since `since`, whatever their status. */
  total: number;
  /** Outcomes since `since`: an attempt that the executor retried within the same call does not count. */
  completed: number;
  failed: number;
  /** completed / (completed + failed) since `since`; null when nothing finished. */
  successRate: number | null;
  p50DurationMs: number | null;
  p95DurationMs: number | null;
  /** The newest success and failure ever (not only since `since`), so an idle service still says when it last worked. */
  lastSuccessAt: Date | null;
  lastFailureAt: Date | null;
  lastFailureError: string | null;
  lastFailureCode: string | null;
  lastFailureId: string | null;
  state: HealthState;
};

type HealthRow = {
  service: string;
  total: number;
  completed: number;
  failed: number;
  p50: number | null;
  p95: number | null;
  lastSuccessAt: Date | null;
  lastFailureAt: Date | null;
  lastFailureError: string | null;
  lastFailureCode: string | null;
  lastFailureId: string | null;
  lastStatus: string | null;
};

export const DEGRADED_FAILURE_RATE = 0.1;
export const FAILING_FAILURE_RATE = 0.5;

export function healthState(row: { total: number; completed: number; failed: number; lastStatus: string | null }): HealthState {
  if (row.total === 0) return "idle";
  const finished = row.completed + row.failed;
  const failureRate = finished === 0 ? 0 : row.failed / finished;
  if (failureRate > FAILING_FAILURE_RATE) return "failing";
  if (failureRate > DEGRADED_FAILURE_RATE || row.lastStatus === "Failed") return "degraded";
  return "healthy";
}

/** The start of a window of `hours` ending now (the Overview uses the last 24 hours). */
export function windowStart(hours = 24, now = Date.now()): Date {
  return new Date(now - hours * 3_600_000);
}

const toNumber = (value: unknown): number | null => (value === null || value === undefined ? null : Number(value));

/** One entry per service that ever logged a request in the workspace, sorted by name. */
export async function serviceHealth(workspaceId: string, options: { since: Date }): Promise<ServiceHealth[]> {
  const since = options.since;
  const rows = await db.$queryRaw<HealthRow[]>(Prisma.sql`
    WITH r AS (
      SELECT q.*, EXISTS (
        SELECT 1 FROM "IntegrationRequest" n WHERE n."retryOfId" = q.id AND n."executionId" = q."executionId"
      ) AS superseded
      FROM "IntegrationRequest" q
      WHERE q."workspaceId" = ${workspaceId}
    )
    SELECT
      "integrationRequestService" AS service,
      (count(*) FILTER (WHERE "createdAt" >= ${since}))::int AS total,
      (count(*) FILTER (WHERE "createdAt" >= ${since} AND status = 'Completed' AND NOT superseded))::int AS completed,
      (count(*) FILTER (WHERE "createdAt" >= ${since} AND status = 'Failed' AND NOT superseded))::int AS failed,
      percentile_cont(0.5) WITHIN GROUP (ORDER BY "durationMs") FILTER (WHERE "createdAt" >= ${since}) AS p50,
      percentile_cont(0.95) WITHIN GROUP (ORDER BY "durationMs") FILTER (WHERE "createdAt" >= ${since}) AS p95,
      max("createdAt") FILTER (WHERE status = 'Completed') AS "lastSuccessAt",
      max("createdAt") FILTER (WHERE status = 'Failed') AS "lastFailureAt",
      (array_agg(error ORDER BY "createdAt" DESC, id DESC) FILTER (WHERE status = 'Failed'))[1] AS "lastFailureError",
      (array_agg("errorCode" ORDER BY "createdAt" DESC, id DESC) FILTER (WHERE status = 'Failed'))[1] AS "lastFailureCode",
      (array_agg(id ORDER BY "createdAt" DESC, id DESC) FILTER (WHERE status = 'Failed'))[1] AS "lastFailureId",
      (array_agg(status::text ORDER BY "createdAt" DESC, id DESC)
        FILTER (WHERE "createdAt" >= ${since} AND status IN ('Completed', 'Failed') AND NOT superseded))[1] AS "lastStatus"
    FROM r
    GROUP BY "integrationRequestService"
    ORDER BY "integrationRequestService"
  `);
  return rows.map((row) => {
    const finished = row.completed + row.failed;
    return {
      service: row.service,
      total: row.total,
      completed: row.completed,
      failed: row.failed,
      successRate: finished === 0 ? null : row.completed / finished,
      p50DurationMs: toNumber(row.p50),
      p95DurationMs: toNumber(row.p95),
      lastSuccessAt: row.lastSuccessAt,
      lastFailureAt: row.lastFailureAt,
      lastFailureError: row.lastFailureError,
      lastFailureCode: row.lastFailureCode,
      lastFailureId: row.lastFailureId,
      state: healthState(row),
    };
  });
}
