import { ZodError } from "zod";
import { AppError, zodIssues } from "@/lib/errors";

export type ApiErrorBody = { error: { code: string; message: string; retryable?: boolean; details?: Record<string, unknown> } };

export function json(data: unknown, init?: number | ResponseInit) {
  return Response.json(data, typeof init === "number" ? { status: init } : init);
}

type CodedError = { code: string; message: string; status?: number; httpStatus?: number; retryable?: boolean; details?: Record<string, unknown> };

function isCoded(error: unknown): error is CodedError {
  return error instanceof Error && typeof (error as { code?: unknown }).code === "string" &&
    (typeof (error as { status?: unknown }).status === "number" || typeof (error as { httpStatus?: unknown }).httpStatus === "number");
}

/** Maps any thrown value to a stable `{ code, message, details }` and an HTTP status. Never leaks internals. */
export function describeError(error: unknown): { status: number; body: ApiErrorBody["error"] } {
  if (error instanceof ZodError) {
    return { status: 400, body: { code: "VALIDATION_ERROR", message: "The request is not valid", details: { issues: zodIssues(error) } } };
  }
  if (error instanceof AppError || isCoded(error)) {
    const coded = error as CodedError;
    const body: ApiErrorBody["error"] = { code: coded.code, message: coded.message };
    if (typeof coded.retryable === "boolean") body.retryable = coded.retryable;
    if (coded.details) body.details = coded.details;
    return { status: coded.status ?? coded.httpStatus ?? 500, body };
  }
  if (error instanceof SyntaxError) {
    return { status: 400, body: { code: "VALIDATION_ERROR", message: "The request body is not valid JSON" } };
  }
  console.error("Unexpected error", error);
  return { status: 500, body: { code: "INTERNAL_ERROR", message: "Something went wrong on our side. The error was logged." } };
}

export function errorResponse(error: unknown): Response {
  const { status, body } = describeError(error);
  return json({ error: body }, status);
}
