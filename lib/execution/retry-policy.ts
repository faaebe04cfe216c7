import type { z } from "zod";
import { retryPolicySchema as definitionRetryPolicySchema } from "@/lib/definitions/format-schema";

import type { ErrorCode } from "./errors";

/** What a definition (`retryPolicy`) or an instance may set; missing fields fall back. */
export const retryPolicyOverrideSchema = definitionRetryPolicySchema;
export const retryPolicySchema = definitionRetryPolicySchema.required();

export type RetryPolicy = z.infer<typeof retryPolicySchema>;
export type RetryPolicyOverride = z.infer<typeof retryPolicyOverrideSchema>;

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxAttempts: 3,
  initialDelayMs: 500,
  maxDelayMs: 30_000,
  multiplier: 2,
  jitter: 0.2,
};

/** Merges overrides left to right (e.g. definition, then instance) over the defaults. */
export function resolveRetryPolicy(...overrides: (RetryPolicyOverride | null | undefined)[]): RetryPolicy {
  const merged: RetryPolicy = { ...DEFAULT_RETRY_POLICY };
  for (const override of overrides) {
    if (!override) continue;
    for (const [key, value] of Object.entries(override) as [keyof RetryPolicy, number | undefined][]) {
      if (value !== undefined) merged[key] = value;
    }
  }
  return retryPolicySchema.parse(merged);
}

/**
 * Delay before the next try after attempt number `attempt` (1-based) failed:
 * initialDelayMs * multiplier^(attempt-1), scaled by a random factor in [1-jitter, 1+jitter],
 * capped at maxDelayMs.
 */
export function backoffDelay(attempt: number, policy: RetryPolicy, random: () => number = Math.random): number {
  const exponent = Math.max(0, attempt - 1);
  const base = policy.initialDelayMs * Math.pow(policy.multiplier, exponent);
  const factor = 1 - policy.jitter + random() * 2 * policy.jitter;
  return Math.round(Math.min(policy.maxDelayMs, Math.max(0, base * factor)));
}

/**
 * Parses a Retry-After header (delta seconds or an HTTP date) into milliseconds from `now`,
 * capped at `maxDelayMs`. Returns undefined when the header is missing or unreadable.
 */
export function parseRetryAfter(
  headerValue: string | null | undefined,
  now: number = Date.now(),
  maxDelayMs: number = DEFAULT_RETRY_POLICY.maxDelayMs,
): number | undefined {
  if (headerValue === null || headerValue === undefined) return undefined;
  const value = headerValue.trim();
  if (value === "") return undefined;
  let ms: number;
  if (/^\d+(\.\d+)?$/.test(value)) {
    ms = Number(value) * 1000;
  } else {
    // An HTTP date always names the month; this keeps Date.parse from reading "-5" as a year.
    if (!/[a-z]{3}/i.test(value)) return undefined;
    const at = Date.parse(value);
    if (Number.isNaN(at)) return undefined;
    ms = at - now;
  }
  return Math.round(Math.min(maxDelayMs, Math.max(0, ms)));
}

/** The wait before the next try: the server's Retry-After when given, else backoff. */
export function nextRetryDelay(options: {
  attempt: number;
  policy: RetryPolicy;
  retryAfterMs?: number;
  random?: () => number;
}): number {
  if (options.retryAfterMs !== undefined) return Math.min(options.retryAfterMs, options.policy.maxDelayMs);
  return backoffDelay(options.attempt, options.policy, options.random);
}

export const RETRYABLE_CODES: ReadonlySet<ErrorCode> = new Set<ErrorCode>([
  "RATE_LIMIT_EXCEEDED",
  "TIMEOUT_ERROR",
  "TEMPORARY_ERROR",
]);

const IDEMPOTENT_HTTP_METHODS = new Set(["GET", "HEAD", "PUT", "DELETE", "OPTIONS", "TRACE"]);

export function isIdempotentHttpMethod(httpMethod: string): boolean {
  return IDEMPOTENT_HTTP_METHODS.has(httpMethod.toUpperCase());
}

export interface ShouldRetryInput {
  code: ErrorCode;
  /** HTTP verb of the outbound request. */
  httpMethod: string;
  /** The integration method is declared `"idempotent": true`. */
  idempotentMethod?: boolean;
  /** The request carries an Idempotency-Key header. */
  hasIdempotencyKey?: boolean;
  /** The attempt that just failed, 1-based. */
  attempt: number;
  policy: RetryPolicy;
}

/**
 * Only transient failures are retried, and a non-idempotent verb (POST, PATCH) only when the
 * method is declared idempotent or sends an idempotency key: otherwise a retry after a
 * timeout could create the same record twice.
 */
export function shouldRetry(input: ShouldRetryInput): boolean {
  if (input.attempt >= input.policy.maxAttempts) return false;
  if (!RETRYABLE_CODES.has(input.code)) return false;
  if (isIdempotentHttpMethod(input.httpMethod)) return true;
  return Boolean(input.idempotentMethod) || Boolean(input.hasIdempotencyKey);
}
