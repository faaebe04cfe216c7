/**
 * Redaction for the request log. Everything the executor stores (URL, headers, bodies) goes
 * through here first. Two independent nets: names that look sensitive, and the actual
 * secret values of the instance wherever they appear.
 */

export const REDACTED = "[REDACTED]";
export const DEFAULT_LOG_LIMIT_BYTES = 64 * 1024;

// Secrets shorter than this are not substring-replaced: replacing e.g. "abc" or "1" everywhere
// would mangle the log while protecting almost nothing. Name-based redaction still applies.
const MIN_SECRET_LENGTH = 4;

const ALWAYS_SENSITIVE_HEADERS = new Set(["authorization", "proxy-authorization", "cookie", "set-cookie", "x-api-key"]);

// Substrings of a normalised name (lower case, letters and digits only).
const SENSITIVE_NAME_PARTS = [
  "password",
  "passwd",
  "secret",
  "token",
  "apikey",
  "signature",
  "credential",
  "privatekey",
  "accesskey",
  "sessionid",
  "authorization",
];
const SENSITIVE_BODY_KEYS = new Set(["pass", "pwd", "auth", "cookie"]);
const SENSITIVE_URL_PARAMS = new Set(["key", "code", "sig", "pass", "pwd", "auth"]);

function normalise(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, "");
}

function hasSensitivePart(name: string): boolean {
  const n = normalise(name);
  return SENSITIVE_NAME_PARTS.some((part) => n.includes(part));
}

/** Object keys such as password, client_secret, access_token, apiKey, token, secret. */
export function isSensitiveKey(name: string, extra: readonly string[] = []): boolean {
  const n = normalise(name);
  return hasSensitivePart(name) || SENSITIVE_BODY_KEYS.has(n) || extra.some((e) => normalise(e) === n);
}

export function isSensitiveHeader(name: string): boolean {
  return ALWAYS_SENSITIVE_HEADERS.has(name.toLowerCase()) || hasSensitivePart(name);
}

export function isSensitiveUrlParam(name: string, extra: readonly string[] = []): boolean {
  const n = normalise(name);
  return hasSensitivePart(name) || SENSITIVE_URL_PARAMS.has(n) || extra.some((e) => normalise(e) === n);
}

/** The forms a secret takes on the wire: raw, URL-encoded, form-encoded and JSON-escaped. */
function secretVariants(secretValues: readonly string[]): string[] {
  const variants = new Set<string>();
  for (const secret of secretValues) {
    if (typeof secret !== "string" || secret.length < MIN_SECRET_LENGTH) continue;
    variants.add(secret);
    variants.add(encodeURIComponent(secret));
    variants.add(new URLSearchParams({ s: secret }).toString().slice(2));
    variants.add(JSON.stringify(secret).slice(1, -1));
  }
  // Longest first, so a secret containing another secret is replaced whole.
  return [...variants].filter((v) => v.length >= MIN_SECRET_LENGTH).sort((a, b) => b.length - a.length);
}

function replaceVariants(text: string, variants: readonly string[]): string {
  let out = text;
  for (const variant of variants) {
    if (out.includes(variant)) out = out.split(variant).join(REDACTED);
  }
  return out;
}

/** Replaces every occurrence of the given secret values (4+ characters) in a string. */
export function redactSecretValues(text: string, secretValues: readonly string[]): string {
  return replaceVariants(text, secretVariants(secretValues));
}

export function redactHeaders(
  headers: Record<string, string | string[] | undefined> | Headers | undefined | null,
  secretValues: readonly string[] = [],
): Record<string, string> {
  const out: Record<string, string> = {};
  if (!headers) return out;
  const variants = secretVariants(secretValues);
  const entries: [string, string | string[] | undefined][] =
    headers instanceof Headers ? [...headers.entries()] : Object.entries(headers);
  for (const [name, raw] of entries) {
    if (raw === undefined) continue;
    const value = Array.isArray(raw) ? raw.join(", ") : raw;
    out[name] = isSensitiveHeader(name) ? REDACTED : replaceVariants(value, variants);
  }
  return out;
}

export function redactUrl(url: string, extraParamNames: readonly string[] = [], secretValues: readonly string[] = []): string {
  const variants = secretVariants(secretValues);
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return replaceVariants(url, variants);
  }
  if (parsed.password) parsed.password = "REDACTED";
  const params = [...parsed.searchParams.entries()];
  if (params.some(([name]) => isSensitiveUrlParam(name, extraParamNames))) {
    const rebuilt = new URLSearchParams();
    for (const [name, value] of params) {
      rebuilt.append(name, isSensitiveUrlParam(name, extraParamNames) ? REDACTED : value);
    }
    parsed.search = rebuilt.toString();
  }
  return replaceVariants(parsed.toString(), variants);
}

export interface RedactBodyOptions {
  secretValues: readonly string[];
  /** More key names to treat as sensitive (e.g. the definition's secret config fields). */
  secretKeys?: readonly string[];
}

const MAX_DEPTH = 64;

function redactValue(value: unknown, variants: readonly string[], keys: readonly string[], depth: number, seen: WeakSet<object>): unknown {
  if (typeof value === "string") return replaceVariants(value, variants);
  if (typeof value !== "object" || value === null) return value;
  if (depth > MAX_DEPTH || seen.has(value)) return REDACTED;
  seen.add(value);
  if (Array.isArray(value)) return value.map((item) => redactValue(item, variants, keys, depth + 1, seen));
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    // null and booleans are kept: `"token": null` or `"password": false` reveal nothing.
    const hides = isSensitiveKey(key, keys) && item !== null && typeof item !== "boolean";
    out[replaceVariants(key, variants)] = hides ? REDACTED : redactValue(item, variants, keys, depth + 1, seen);
  }
  return out;
}

const FORM_BODY = /^[^=&\s]+=[^&\s]*(&[^=&\s]+=[^&\s]*)*$/;

function redactText(text: string, variants: readonly string[], keys: readonly string[]): string {
  const trimmed = text.trim();
  if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
    try {
      const parsed: unknown = JSON.parse(trimmed);
      return JSON.stringify(redactValue(parsed, variants, keys, 0, new WeakSet()));
    } catch {
      // Not JSON after all: fall through to plain-text redaction.
    }
  }
  if (FORM_BODY.test(trimmed)) {
    const form = new URLSearchParams(trimmed);
    const rebuilt = new URLSearchParams();
    for (const [name, value] of form) rebuilt.append(name, isSensitiveKey(name, keys) ? REDACTED : value);
    return replaceVariants(rebuilt.toString(), variants);
  }
  return replaceVariants(text, variants);
}

/**
 * Redacts a body: objects recursively by key name and secret value; strings are treated as
 * JSON, form-encoded or raw text. Returns the same shape (string in, string out).
 */
export function redactBody(value: unknown, options: RedactBodyOptions): unknown {
  const variants = secretVariants(options.secretValues);
  const keys = options.secretKeys ?? [];
  if (typeof value === "string") return redactText(value, variants, keys);
  return redactValue(value, variants, keys, 0, new WeakSet());
}

/** Cuts text to `limitBytes` of UTF-8 (never mid-character) and says how much was cut. */
export function truncateForLog(text: string, limitBytes: number = DEFAULT_LOG_LIMIT_BYTES): { text: string; truncated: boolean } {
  const bytes = Buffer.from(text, "utf8");
  if (bytes.length <= limitBytes) return { text, truncated: false };
  let end = Math.max(0, limitBytes);
  // Step back over UTF-8 continuation bytes (10xxxxxx) to a character boundary.
  while (end > 0 && (bytes[end] & 0xc0) === 0x80) end--;
  const kept = bytes.subarray(0, end).toString("utf8");
  return { text: `${kept}…[truncated ${bytes.length - end} bytes]`, truncated: true };
}

export interface RedactForLogInput {
  url?: string;
  headers?: Record<string, string | string[] | undefined> | Headers | null;
  body?: unknown;
  secretValues: readonly string[];
  /** More names to treat as sensitive, in body keys and URL query parameters. */
  secretKeys?: readonly string[];
}

export interface RedactedForLog {
  url?: string;
  headers?: Record<string, string>;
  /** Same shape as the input body (string stays string, object stays object); not truncated. */
  body?: unknown;
}

/**
 * One call for everything stored about a request or response. Only the parts that were given
 * come back. Truncation is separate (truncateForLog) because callers serialise differently.
 */
export function redactForLog(input: RedactForLogInput): RedactedForLog {
  const secretKeys = input.secretKeys ?? [];
  const out: RedactedForLog = {};
  if (input.url !== undefined) out.url = redactUrl(input.url, secretKeys, input.secretValues);
  if (input.headers) out.headers = redactHeaders(input.headers, input.secretValues);
  if (input.body !== undefined) out.body = redactBody(input.body, { secretValues: input.secretValues, secretKeys });
  return out;
}
