// Seed 000's Integration Request made real: one row for every request that crosses the boundary.
// Callers hand over raw values; everything is redacted and size-limited here before it is stored.
import { randomBytes, randomUUID } from "node:crypto";
import { db } from "@/lib/db/client";
import { sql } from "@/lib/db/sql";
import type { RequestStatus } from "@/lib/generated/prisma/enums";
import { redactForLog, truncateForLog } from "./redact";

export type RequestLogOptions = {
  workspaceId: string;
  serviceName: string;
  instanceId?: string | null;
  requestHeaders?: Record<string, string> | null;
  referenceDoctype?: string | null;
  referenceDocname?: string | null;
  isRemoteRequest?: boolean;
  requestDescription?: string | null;
  url?: string | null;
  /** Integration method, or "oauth2.token", "oauth2.refresh", "webhook", … */
  method?: string | null;
  direction?: "outbound" | "inbound";
  httpMethod?: string | null;
  attempt?: number;
  retryOfId?: string | null;
  runId?: string | null;
  executionId?: string | null;
  /** Caller's parameters, kept (redacted) so a failed request can be sent again. */
  parameters?: unknown;
  status?: RequestStatus;
  /** Values that must never be stored: tokens, keys, every secret field of the configSchema. */
  secretValues?: string[];
};

export type RequestLogHandle = { id: string; requestId: string; secretValues: string[] };

function stringify(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  return typeof value === "string" ? value : JSON.stringify(value, null, 2);
}

function cleanText(value: unknown, secretValues: string[]) {
  const redacted = redactForLog({ body: value, secretValues }).body;
  return truncateForLog(stringify(redacted) ?? "");
}

/**
 * A cuid-shaped row id ("c" + time + counter + random), as Prisma's `@default(cuid())` makes: ids
 * of one process sort by creation, which the log's (createdAt, id) ordering relies on for ties.
 */
let counter = 0;
export function newRowId(): string {
  counter = (counter + 1) % 1_679_616; // 36^4
  const time = Date.now().toString(36).padStart(8, "0");
  const random = randomBytes(8).readBigUInt64BE().toString(36).padStart(13, "0").slice(-12);
  return `c${time}${counter.toString(36).padStart(4, "0")}${random}`;
}

const json = (value: unknown) => JSON.stringify(value === undefined ? null : value);
// TIMESTAMP(3) columns hold UTC wall time, as Prisma writes them.
const utc = (date: Date) => date.toISOString().replace("Z", "");

// The writes below go straight to the pool (lib/db/sql) on purpose: they run for every request
// that crosses the boundary, and Prisma's query compiler costs more CPU than the statement itself.

/** Frappe's create_request_log: the row starts Queued (or the given status). */
export async function createRequestLog(data: unknown, options: RequestLogOptions): Promise<RequestLogHandle> {
  const secretValues = options.secretValues ?? [];
  const cleaned = redactForLog({ url: options.url ?? undefined, headers: options.requestHeaders ?? undefined, body: data, secretValues });
  const body = data === undefined ? null : truncateForLog(stringify(cleaned.body) ?? "");
  const parameters = options.parameters === undefined ? undefined : redactForLog({ body: options.parameters, secretValues }).body;
  const id = newRowId();
  const requestId = randomUUID();
  const now = utc(new Date());
  await sql`
    INSERT INTO "IntegrationRequest" (
      "id", "requestId", "workspaceId", "instanceId", "integrationRequestService", "isRemoteRequest", "requestDescription",
      "status", "url", "requestHeaders", "data", "truncated", "referenceDoctype", "referenceDocname", "method", "direction",
      "httpMethod", "attempt", "retryOfId", "runId", "executionId", "parameters", "createdAt", "modifiedAt"
    ) VALUES (
      ${id}, ${requestId}, ${options.workspaceId}, ${options.instanceId ?? null}, ${options.serviceName}, ${options.isRemoteRequest ?? true},
      ${options.requestDescription ?? null}, ${options.status ?? "Queued"}::"RequestStatus", ${cleaned.url ?? null},
      ${json(cleaned.headers ?? null)}::jsonb, ${body?.text ?? null}, ${body?.truncated ?? false}, ${options.referenceDoctype ?? null},
      ${options.referenceDocname ?? null}, ${options.method ?? null}, ${options.direction ?? "outbound"}::"RequestDirection",
      ${options.httpMethod ?? null}, ${options.attempt ?? 1}, ${options.retryOfId ?? null}, ${options.runId ?? null},
      ${options.executionId ?? null}, ${json(parameters ?? null)}::jsonb, ${now}::timestamp(3), ${now}::timestamp(3)
    )`;
  return { id, requestId, secretValues };
}

type Outcome = { statusCode?: number | null; durationMs?: number | null };

/** Frappe's handle_success: output stored, status Completed. */
export async function handleSuccess(log: RequestLogHandle, output: unknown, outcome: Outcome = {}) {
  const text = cleanText(output, log.secretValues);
  await sql`
    UPDATE "IntegrationRequest"
    SET "status" = 'Completed', "output" = ${text.text}, "statusCode" = ${outcome.statusCode ?? null}, "durationMs" = ${outcome.durationMs ?? null},
        "truncated" = "truncated" OR ${text.truncated}, "modifiedAt" = ${utc(new Date())}::timestamp(3)
    WHERE "id" = ${log.id}`;
}

/** Frappe's handle_failure: error stored, status Failed. */
export async function handleFailure(log: RequestLogHandle, error: unknown, outcome: Outcome & { errorCode?: string | null; output?: unknown } = {}) {
  const message = error instanceof Error ? error.message : error;
  const text = cleanText(message, log.secretValues);
  const output = outcome.output === undefined ? null : cleanText(outcome.output, log.secretValues).text;
  await sql`
    UPDATE "IntegrationRequest"
    SET "status" = 'Failed', "error" = ${text.text}, "output" = ${output}, "errorCode" = ${outcome.errorCode ?? null},
        "statusCode" = ${outcome.statusCode ?? null}, "durationMs" = ${outcome.durationMs ?? null}, "modifiedAt" = ${utc(new Date())}::timestamp(3)
    WHERE "id" = ${log.id}`;
}

/** Frappe's update_status. */
export async function updateStatus(log: Pick<RequestLogHandle, "id">, status: RequestStatus) {
  await db.integrationRequest.update({ where: { id: log.id }, data: { status } });
}
