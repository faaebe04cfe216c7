import { describe, expect, it } from "vitest";

import {
  classifyHttpStatus,
  classifyNetworkError,
  ERROR_CODES,
  errorForHttpStatus,
  IntegrationError,
  toIntegrationError,
} from "./errors";

describe("IntegrationError", () => {
  it("carries code, status and retryable from the table", () => {
    const err = new IntegrationError("RATE_LIMIT_EXCEEDED", "Slow down", { upstreamStatus: 429 });
    expect(err).toBeInstanceOf(Error);
    expect(err.httpStatus).toBe(429);
    expect(err.retryable).toBe(true);
    expect(err.toJSON()).toEqual({ code: "RATE_LIMIT_EXCEEDED", message: "Slow down", retryable: true, details: { upstreamStatus: 429 } });
    expect(new IntegrationError("NOT_FOUND", "gone").toJSON()).toEqual({ code: "NOT_FOUND", message: "gone", retryable: false });
  });

  it("has the documented status and retryable flag for every code", () => {
    const table = Object.fromEntries(Object.entries(ERROR_CODES).map(([code, e]) => [code, [e.httpStatus, e.retryable]]));
    expect(table).toEqual({
      VALIDATION_ERROR: [400, false],
      AUTHENTICATION_ERROR: [401, false],
      NOT_FOUND: [404, false],
      RATE_LIMIT_EXCEEDED: [429, true],
      TIMEOUT_ERROR: [504, true],
      TEMPORARY_ERROR: [503, true],
      UPSTREAM_ERROR: [502, false],
      TRANSFORM_ERROR: [422, false],
      INTERNAL_ERROR: [500, false],
    });
  });

  it("hides the message of unknown errors", () => {
    const wrapped = toIntegrationError(new Error("password=hunter2"));
    expect(wrapped.code).toBe("INTERNAL_ERROR");
    expect(wrapped.message).not.toContain("hunter2");
  });
});

describe("classifiers", () => {
  it("maps upstream HTTP statuses", () => {
    const cases: [number, string][] = [
      [400, "UPSTREAM_ERROR"],
      [401, "AUTHENTICATION_ERROR"],
      [403, "AUTHENTICATION_ERROR"],
      [404, "NOT_FOUND"],
      [408, "TIMEOUT_ERROR"],
      [422, "UPSTREAM_ERROR"],
      [429, "RATE_LIMIT_EXCEEDED"],
      [500, "UPSTREAM_ERROR"],
      [502, "TEMPORARY_ERROR"],
      [503, "TEMPORARY_ERROR"],
      [504, "TEMPORARY_ERROR"],
    ];
    for (const [status, code] of cases) expect(classifyHttpStatus(status)).toBe(code);
    expect(errorForHttpStatus(503).toJSON()).toMatchObject({ code: "TEMPORARY_ERROR", details: { upstreamStatus: 503 } });
  });

  it("maps network failures, looking through the cause chain", () => {
    const withCode = (code: string) => Object.assign(new Error("x"), { code });
    expect(classifyNetworkError(new DOMException("t", "TimeoutError"))).toBe("TIMEOUT_ERROR");
    expect(classifyNetworkError(new DOMException("a", "AbortError"))).toBe("TIMEOUT_ERROR");
    expect(classifyNetworkError(new TypeError("fetch failed", { cause: withCode("ECONNREFUSED") }))).toBe("TEMPORARY_ERROR");
    expect(classifyNetworkError(withCode("ECONNRESET"))).toBe("TEMPORARY_ERROR");
    expect(classifyNetworkError(withCode("EPIPE"))).toBe("TEMPORARY_ERROR");
    expect(classifyNetworkError(new Error("socket hang up"))).toBe("TEMPORARY_ERROR");
    expect(classifyNetworkError(withCode("UND_ERR_HEADERS_TIMEOUT"))).toBe("TIMEOUT_ERROR");
    expect(classifyNetworkError(withCode("ENOTFOUND"))).toBe("UPSTREAM_ERROR");
    expect(classifyNetworkError("weird")).toBe("UPSTREAM_ERROR");
  });
});
