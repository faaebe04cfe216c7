// Seed 000's Integration Request made real: one row for every request that crosses the boundary.
// Callers hand over raw values; everything is redacted and size-limited here before it is stored.
import { db, Prisma } from "@/lib/db/client";
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

/** Frappe's create_request_log: the row starts Queued (or the given status). */
export async function createRequestLog(data: unknown, options: RequestLogOptions): Promise<RequestLogHandle> {
  const secretValues = options.secretValues ?? [];
  const cleaned = redactForLog({ url: options.url ?? undefined, headers: options.requestHeaders ?? undefined, body: data, secretValues });
  const body = data === undefined ? null : truncateForLog(stringify(cleaned.body) ?? "");
  const parameters = options.parameters === undefined ? undefined : redactForLog({ body: options.parameters, secretValues }).body;
  const row = await db.integrationRequest.create({
    data: {
      workspaceId: options.workspaceId,
      instanceId: options.instanceId ?? null,
      integrationRequestService: options.serviceName,
      isRemoteRequest: options.isRemoteRequest ?? true,
      requestDescription: options.requestDescription ?? null,
      status: options.status ?? "Queued",
      url: cleaned.url ?? null,
      requestHeaders: cleaned.headers ? (cleaned.headers as Prisma.InputJsonValue) : Prisma.JsonNull,
      data: body?.text ?? null,
      truncated: body?.truncated ?? false,
      referenceDoctype: options.referenceDoctype ?? null,
      referenceDocname: options.referenceDocname ?? null,
      method: options.method ?? null,
      direction: options.direction ?? "outbound",
      httpMethod: options.httpMethod ?? null,
      attempt: options.attempt ?? 1,
      retryOfId: options.retryOfId ?? null,
      runId: options.runId ?? null,
      executionId: options.executionId ?? null,
      parameters: parameters === undefined ? Prisma.JsonNull : (parameters as Prisma.InputJsonValue),
    },
    select: { id: true, requestId: true },
  });
  return { ...row, secretValues };
}

type Outcome = { statusCode?: number | null; durationMs?: number | null };

/** Frappe's handle_success: output stored, status Completed. */
export async function handleSuccess(log: RequestLogHandle, output: unknown, outcome: Outcome = {}) {
  const text = cleanText(output, log.secretValues);
  await db.integrationRequest.update({
    where: { id: log.id },
    data: { status: "Completed", output: text.text, statusCode: outcome.statusCode ?? null, durationMs: outcome.durationMs ?? null, ...(text.truncated ? { truncated: true } : {}) },
  });
}

/** Frappe's handle_failure: error stored, status Failed. */
export async function handleFailure(log: RequestLogHandle, error: unknown, outcome: Outcome & { errorCode?: string | null; output?: unknown } = {}) {
  const message = error instanceof Error ? error.message : error;
  const text = cleanText(message, log.secretValues);
  const output = outcome.output === undefined ? null : cleanText(outcome.output, log.secretValues).text;
  await db.integrationRequest.update({
    where: { id: log.id },
    data: {
      status: "Failed",
      error: text.text,
      output,
      errorCode: outcome.errorCode ?? null,
      statusCode: outcome.statusCode ?? null,
      durationMs: outcome.durationMs ?? null,
    },
  });
}

/** Frappe's update_status. */
export async function updateStatus(log: Pick<RequestLogHandle, "id">, status: RequestStatus) {
  await db.integrationRequest.update({ where: { id: log.id }, data: { status } });
}
