import { describe, expect, it } from "vitest";

import { ERROR_CODE_LIST, type ErrorCode } from "./errors";
import {
  backoffDelay,
  DEFAULT_RETRY_POLICY,
  nextRetryDelay,
  parseRetryAfter,
  resolveRetryPolicy,
  retryPolicyOverrideSchema,
  retryPolicySchema,
  shouldRetry,
} from "./retry-policy";

const policy = DEFAULT_RETRY_POLICY;

describe("retry policy schema", () => {
  it("has the documented defaults and validates them", () => {
    expect(policy).toEqual({ maxAttempts: 3, initialDelayMs: 500, maxDelayMs: 30_000, multiplier: 2, jitter: 0.2 });
    expect(retryPolicySchema.safeParse(policy).success).toBe(true);
    expect(retryPolicySchema.safeParse({ ...policy, jitter: 1.5 }).success).toBe(false);
    expect(retryPolicySchema.safeParse({ ...policy, maxAttempts: 0 }).success).toBe(false);
    expect(retryPolicyOverrideSchema.safeParse({ maxAttempts: 5 }).success).toBe(true);
  });

  it("merges definition then instance overrides over the defaults", () => {
    expect(resolveRetryPolicy({ maxAttempts: 5, jitter: 0 }, { maxAttempts: 2 }, undefined)).toEqual({
      ...policy,
      maxAttempts: 2,
      jitter: 0,
    });
  });
});

describe("backoffDelay", () => {
  it("grows exponentially without jitter", () => {
    const exact = { ...policy, jitter: 0 };
    expect([1, 2, 3, 4].map((attempt) => backoffDelay(attempt, exact))).toEqual([500, 1000, 2000, 4000]);
  });

  it("stays within the jitter bounds", () => {
    expect(backoffDelay(2, policy, () => 0)).toBe(800);
    expect(backoffDelay(2, policy, () => 0.5)).toBe(1000);
    expect(backoffDelay(2, policy, () => 0.999999)).toBe(1200);
    for (let i = 0; i < 200; i++) {
      const delay = backoffDelay(3, policy);
      expect(delay).toBeGreaterThanOrEqual(1600);
      expect(delay).toBeLessThanOrEqual(2400);
    }
  });

  it("is capped at maxDelayMs", () => {
    expect(backoffDelay(20, policy, () => 1)).toBe(30_000);
  });
});

describe("parseRetryAfter", () => {
  const now = Date.parse("2024-01-01T00:00:00Z");

  it("reads delta seconds", () => {
    expect(parseRetryAfter("3", now)).toBe(3000);
    expect(parseRetryAfter(" 0 ", now)).toBe(0);
  });

  it("reads an HTTP date", () => {
    expect(parseRetryAfter("Mon, 01 Jan 2024 00:00:10 GMT", now)).toBe(10_000);
    expect(parseRetryAfter("Sun, 31 Dec 2023 23:59:00 GMT", now)).toBe(0);
  });

  it("caps at maxDelayMs and ignores junk", () => {
    expect(parseRetryAfter("86400", now)).toBe(30_000);
    expect(parseRetryAfter("86400", now, 5000)).toBe(5000);
    expect(parseRetryAfter("soon", now)).toBeUndefined();
    expect(parseRetryAfter("-5", now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
    expect(parseRetryAfter("", now)).toBeUndefined();
  });

  it("is preferred over backoff when present", () => {
    expect(nextRetryDelay({ attempt: 1, policy, retryAfterMs: 7000 })).toBe(7000);
    expect(nextRetryDelay({ attempt: 1, policy: { ...policy, jitter: 0 } })).toBe(500);
  });
});

describe("shouldRetry", () => {
  const base = { attempt: 1, policy, httpMethod: "GET" };
  const retryable: ErrorCode[] = ["RATE_LIMIT_EXCEEDED", "TIMEOUT_ERROR", "TEMPORARY_ERROR"];

  it("retries only transient codes", () => {
    for (const code of ERROR_CODE_LIST) {
      expect(shouldRetry({ ...base, code })).toBe(retryable.includes(code));
    }
  });

  it("stops at maxAttempts", () => {
    expect(shouldRetry({ ...base, code: "TIMEOUT_ERROR", attempt: 2 })).toBe(true);
    expect(shouldRetry({ ...base, code: "TIMEOUT_ERROR", attempt: 3 })).toBe(false);
    expect(shouldRetry({ ...base, code: "TIMEOUT_ERROR", attempt: 1, policy: { ...policy, maxAttempts: 1 } })).toBe(false);
  });

  it("retries idempotent verbs freely and POST/PATCH only when declared safe", () => {
    for (const httpMethod of ["GET", "HEAD", "PUT", "DELETE", "OPTIONS", "get"]) {
      expect(shouldRetry({ ...base, httpMethod, code: "TEMPORARY_ERROR" })).toBe(true);
    }
    for (const httpMethod of ["POST", "PATCH"]) {
      expect(shouldRetry({ ...base, httpMethod, code: "TEMPORARY_ERROR" })).toBe(false);
      expect(shouldRetry({ ...base, httpMethod, code: "TEMPORARY_ERROR", idempotentMethod: true })).toBe(true);
      expect(shouldRetry({ ...base, httpMethod, code: "RATE_LIMIT_EXCEEDED", hasIdempotencyKey: true })).toBe(true);
      expect(shouldRetry({ ...base, httpMethod, code: "UPSTREAM_ERROR", idempotentMethod: true })).toBe(false);
    }
  });
});
