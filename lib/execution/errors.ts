/**
 * Stable error codes for method execution. The codes, their HTTP status and their
 * `retryable` flag are part of the public API (see docs/error-codes.md); do not rename.
 */

export const ERROR_CODES = {
  VALIDATION_ERROR: {
    httpStatus: 400,
    retryable: false,
    description: "The parameters, configuration or definition are invalid for this method.",
  },
  AUTHENTICATION_ERROR: {
    httpStatus: 401,
    retryable: false,
    description:
      "The upstream service rejected the credentials (HTTP 401/403), or the instance has no usable credentials.",
  },
  NOT_FOUND: {
    httpStatus: 404,
    retryable: false,
    description: "The instance, method or upstream resource was not found (upstream HTTP 404).",
  },
  RATE_LIMIT_EXCEEDED: {
    httpStatus: 429,
    retryable: true,
    description: "The upstream service is rate limiting requests (HTTP 429). Retry after a delay.",
  },
  TIMEOUT_ERROR: {
    httpStatus: 504,
    retryable: true,
    description: "The upstream service did not answer in time (request timeout or HTTP 408).",
  },
  TEMPORARY_ERROR: {
    httpStatus: 503,
    retryable: true,
    description:
      "A temporary upstream failure: HTTP 502/503/504, connection refused or reset. Retry after a delay.",
  },
  UPSTREAM_ERROR: {
    httpStatus: 502,
    retryable: false,
    description: "The upstream service answered with another error status or an unusable response.",
  },
  TRANSFORM_ERROR: {
    httpStatus: 422,
    retryable: false,
    description:
      "A request or response transform failed: syntax error, exception, time or memory limit, or a non-JSON result.",
  },
  INTERNAL_ERROR: {
    httpStatus: 500,
    retryable: false,
    description: "An unexpected error inside Patchbay.",
  },
} as const satisfies Record<string, { httpStatus: number; retryable: boolean; description: string }>;

export type ErrorCode = keyof typeof ERROR_CODES;

export const ERROR_CODE_LIST = Object.keys(ERROR_CODES) as ErrorCode[];

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === "string" && Object.prototype.hasOwnProperty.call(ERROR_CODES, value);
}

export type IntegrationErrorDetails = Record<string, unknown>;

export interface IntegrationErrorJSON {
  code: ErrorCode;
  message: string;
  retryable: boolean;
  details?: IntegrationErrorDetails;
}

export class IntegrationError extends Error {
  readonly code: ErrorCode;
  readonly retryable: boolean;
  readonly httpStatus: number;
  readonly details?: IntegrationErrorDetails;

  constructor(
    code: ErrorCode,
    message: string,
    details?: IntegrationErrorDetails,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = "IntegrationError";
    this.code = code;
    this.retryable = ERROR_CODES[code].retryable;
    this.httpStatus = ERROR_CODES[code].httpStatus;
    if (details !== undefined) this.details = details;
  }

  toJSON(): IntegrationErrorJSON {
    const json: IntegrationErrorJSON = { code: this.code, message: this.message, retryable: this.retryable };
    if (this.details !== undefined) json.details = this.details;
    return json;
  }
}

export function isIntegrationError(err: unknown): err is IntegrationError {
  return err instanceof IntegrationError;
}

/**
 * Wraps anything thrown into an IntegrationError. Unknown errors become INTERNAL_ERROR with a
 * generic message: their text may contain secrets or internals, so it is not passed through.
 */
export function toIntegrationError(err: unknown): IntegrationError {
  if (err instanceof IntegrationError) return err;
  return new IntegrationError("INTERNAL_ERROR", "Internal error while executing the method", undefined, {
    cause: err,
  });
}

/** Maps an upstream HTTP error status to an error code. Call only for status >= 400. */
export function classifyHttpStatus(status: number): ErrorCode {
  if (status === 401 || status === 403) return "AUTHENTICATION_ERROR";
  if (status === 404) return "NOT_FOUND";
  if (status === 408) return "TIMEOUT_ERROR";
  if (status === 429) return "RATE_LIMIT_EXCEEDED";
  if (status === 502 || status === 503 || status === 504) return "TEMPORARY_ERROR";
  return "UPSTREAM_ERROR";
}

/** Builds the error for a non-2xx upstream response (the body is not included: it is not redacted). */
export function errorForHttpStatus(status: number, details?: IntegrationErrorDetails): IntegrationError {
  return new IntegrationError(classifyHttpStatus(status), `Upstream responded with HTTP ${status}`, {
    upstreamStatus: status,
    ...details,
  });
}

const TIMEOUT_CODES = new Set([
  "ETIMEDOUT",
  "ESOCKETTIMEDOUT",
  "UND_ERR_CONNECT_TIMEOUT",
  "UND_ERR_HEADERS_TIMEOUT",
  "UND_ERR_BODY_TIMEOUT",
]);
const TEMPORARY_CODES = new Set([
  "ECONNRESET",
  "ECONNREFUSED",
  "ECONNABORTED",
  "EPIPE",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ENETDOWN",
  "EAI_AGAIN",
  "UND_ERR_SOCKET",
  "UND_ERR_CLOSED",
]);

function errorChain(err: unknown): unknown[] {
  const chain: unknown[] = [];
  let current: unknown = err;
  while (current !== undefined && current !== null && chain.length < 5 && !chain.includes(current)) {
    chain.push(current);
    current = typeof current === "object" ? (current as { cause?: unknown }).cause : undefined;
  }
  return chain;
}

function field(err: unknown, key: "code" | "name" | "message"): string {
  if (typeof err !== "object" || err === null) return "";
  const value = (err as Record<string, unknown>)[key];
  return typeof value === "string" ? value : "";
}

/** Finds the Node/undici error code (e.g. ECONNREFUSED) anywhere in an error's cause chain. */
export function networkErrorCode(err: unknown): string | undefined {
  for (const e of errorChain(err)) {
    const code = field(e, "code");
    if (code) return code;
  }
  return undefined;
}

/**
 * Maps a failure of `fetch` (or a socket) to an error code: timeouts and aborts are
 * TIMEOUT_ERROR, dropped or refused connections TEMPORARY_ERROR, anything else UPSTREAM_ERROR.
 */
export function classifyNetworkError(err: unknown): ErrorCode {
  const chain = errorChain(err);
  for (const e of chain) {
    const name = field(e, "name");
    if (name === "TimeoutError" || name === "AbortError") return "TIMEOUT_ERROR";
    if (TIMEOUT_CODES.has(field(e, "code"))) return "TIMEOUT_ERROR";
  }
  for (const e of chain) {
    if (TEMPORARY_CODES.has(field(e, "code"))) return "TEMPORARY_ERROR";
    if (/socket hang up|other side closed/i.test(field(e, "message"))) return "TEMPORARY_ERROR";
  }
  return "UPSTREAM_ERROR";
}
