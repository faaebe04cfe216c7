// Turns an execution into the seed 001 answer `{ status: "SUCCESS", data }` or
// `{ status: "ERROR", error }` for the REST API and the server actions: never throws.
import { AppError } from "@/lib/errors";
import { ERROR_CODES, IntegrationError, isErrorCode } from "./errors";
import { ExecutionError, type ExecuteResult } from "./execute";

export type ExecuteErrorBody = { code: string; message: string; retryable: boolean; details?: Record<string, unknown> };

export type ExecutionOutcome =
  | { status: "SUCCESS"; data: unknown; executionId: string; requestIds: string[]; durationMs: number; httpStatus: 200 }
  | { status: "ERROR"; error: ExecuteErrorBody; executionId?: string; requestIds: string[]; durationMs: number; httpStatus: number };

export function errorBody(err: unknown): { body: ExecuteErrorBody; httpStatus: number } {
  if (err instanceof IntegrationError) return { body: err.toJSON(), httpStatus: err.httpStatus };
  if (err instanceof AppError) {
    const retryable = isErrorCode(err.code) ? ERROR_CODES[err.code].retryable : false;
    return {
      body: { code: err.code, message: err.message, retryable, ...(err.details ? { details: err.details } : {}) },
      httpStatus: err.status,
    };
  }
  console.error("Unexpected error while executing a method", err instanceof Error ? err.name : typeof err);
  return {
    body: { code: "INTERNAL_ERROR", message: "Something went wrong on our side. The error was logged.", retryable: false },
    httpStatus: 500,
  };
}

export async function settleExecution(call: () => Promise<ExecuteResult>): Promise<ExecutionOutcome> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  try {
    const result = await call();
    return { status: "SUCCESS", data: result.data, executionId: result.executionId, requestIds: result.requestIds, durationMs: elapsed(), httpStatus: 200 };
  } catch (err) {
    const { body, httpStatus } = errorBody(err);
    const ids = err instanceof ExecutionError ? { executionId: err.executionId, requestIds: err.requestIds } : { requestIds: [] };
    return { status: "ERROR", error: body, ...ids, durationMs: elapsed(), httpStatus };
  }
}

/** The REST body: the seed's shape, plus which request-log rows the call wrote. */
export function executeResponseBody(outcome: ExecutionOutcome): Record<string, unknown> {
  const ids = {
    ...(outcome.executionId ? { executionId: outcome.executionId } : {}),
    ...(outcome.requestIds.length ? { requestId: outcome.requestIds[outcome.requestIds.length - 1] } : {}),
    requestIds: outcome.requestIds,
  };
  return outcome.status === "SUCCESS" ? { status: "SUCCESS", data: outcome.data, ...ids } : { status: "ERROR", error: outcome.error, ...ids };
}
