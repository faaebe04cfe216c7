// POST /flaky fails the first `failTimes` calls for one request key, then succeeds: for watching retries.
import { sha256 } from "@/lib/crypto/hash";
import { authenticateApi } from "./api-auth";
import { incrementCounter } from "./grants";
import { jsonResponse } from "./http";

const STATUSES = new Set([429, 500, 502, 503, 504]);

export async function flakyEndpoint(request: Request): Promise<Response> {
  const caller = await authenticateApi(request, "contacts.read");
  if (caller instanceof Response) return caller;
  const text = await request.text();
  let body: Record<string, unknown> = {};
  try {
    const parsed: unknown = text.trim() ? JSON.parse(text) : {};
    if (typeof parsed === "object" && parsed !== null && !Array.isArray(parsed)) body = parsed as Record<string, unknown>;
  } catch {
    return jsonResponse({ error: "invalid_request", error_description: "The body must be JSON" }, 400);
  }
  const failTimes = Math.min(Math.max(Math.trunc(Number(body.failTimes ?? 2)) || 0, 0), 10);
  const status = STATUSES.has(Number(body.status)) ? Number(body.status) : 503;
  const message = typeof body.message === "string" ? body.message : "Hello from Acme";
  // Without an Idempotency-Key (or `key`), identical bodies count as one request.
  const key = request.headers.get("idempotency-key") ?? (typeof body.key === "string" ? body.key : `body:${sha256(text)}`);
  const counters = await incrementCounter("flaky", `${caller.account}:${sha256(key)}`, "attempts");
  const attempts = counters.attempts ?? 1;
  if (attempts <= failTimes) {
    const error = status === 429 ? "rate_limited" : "temporarily_unavailable";
    const headers: Record<string, string> = status === 429 || status === 503 ? { "Retry-After": "1" } : {};
    return jsonResponse({ error, error_description: `Failing on purpose: attempt ${attempts} of ${failTimes} planned failures`, attempts }, status, headers);
  }
  return jsonResponse({ ok: true, attempts, message });
}
