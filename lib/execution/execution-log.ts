// The request-log side of an execution: the fields every row of one execution shares, and the
// Failed row written when a call fails before anything was sent.
import { createRequestLog, handleFailure, type RequestLogOptions } from "@/lib/request-log/request-log";
import type { IntegrationError } from "./errors";

/** What every attempt's row of one execution carries. */
export type ExecutionLogBase = Pick<
  RequestLogOptions,
  | "workspaceId"
  | "serviceName"
  | "instanceId"
  | "method"
  | "executionId"
  | "runId"
  | "referenceDoctype"
  | "referenceDocname"
  | "requestDescription"
  | "parameters"
> & { secretValues: string[] };

export type AttemptLink = { attempt: number; retryOfId: string | null };

/** The text stored in the row's `error` column: the message, plus field issues when there are any. */
export function errorText(error: IntegrationError): string {
  const issues = error.details?.issues;
  if (!Array.isArray(issues) || issues.length === 0) {
    const upstream = error.details?.upstreamMessage;
    return typeof upstream === "string" ? `${error.message}: ${upstream}` : error.message;
  }
  const lines = issues.map((issue: { path?: unknown; message?: unknown }) => `- ${String(issue.path ?? "") || "(value)"}: ${String(issue.message ?? "")}`);
  return [error.message, ...lines].join("\n");
}

/**
 * Validation, transform and credential failures happen before any HTTP call; they still get a
 * row (Queued → Failed, with the error code) so that no call is invisible in the log.
 */
export async function logEarlyFailure(base: ExecutionLogBase, link: AttemptLink, error: IntegrationError): Promise<string> {
  const log = await createRequestLog(undefined, { ...base, attempt: link.attempt, retryOfId: link.retryOfId });
  await handleFailure(log, errorText(error), { errorCode: error.code });
  return log.id;
}
