// Errors every layer can throw; the API and the action wrapper turn them into `{ code, message, details }`.

export type ErrorCode =
  | "VALIDATION_ERROR"
  | "AUTHENTICATION_ERROR"
  | "PERMISSION_DENIED"
  | "NOT_FOUND"
  | "CONFLICT"
  | "RATE_LIMIT_EXCEEDED"
  | "TIMEOUT_ERROR"
  | "TEMPORARY_ERROR"
  | "UPSTREAM_ERROR"
  | "TRANSFORM_ERROR"
  | "INTERNAL_ERROR";

export type FieldIssue = { path: string; message: string };

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly status: number,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = "AppError";
  }
}

export class ValidationError extends AppError {
  constructor(message: string, readonly issues: FieldIssue[]) {
    super("VALIDATION_ERROR", message, 400, { issues });
  }
}

export class NotFoundError extends AppError {
  constructor(what: string) {
    super("NOT_FOUND", `${what} was not found`, 404);
  }
}

export class ConflictError extends AppError {
  constructor(message: string, details?: Record<string, unknown>) {
    super("CONFLICT", message, 409, details);
  }
}

export class AuthenticationError extends AppError {
  constructor(message = "Sign in, or send a valid API token as `Authorization: Bearer <token>`") {
    super("AUTHENTICATION_ERROR", message, 401);
  }
}

export class PermissionError extends AppError {
  constructor(message: string) {
    super("PERMISSION_DENIED", message, 403);
  }
}

/** Turns zod issues into plain `{ path, message }` pairs, e.g. `config.baseUrl`, `methods[0].name`. */
export function issuePath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, part) => {
    if (typeof part === "number") return `${out}[${part}]`;
    return out ? `${out}.${String(part)}` : String(part);
  }, "");
}

export function zodIssues(error: { issues: { path: readonly PropertyKey[]; message: string }[] }): FieldIssue[] {
  return error.issues.map((issue) => ({ path: issuePath(issue.path), message: issue.message }));
}
