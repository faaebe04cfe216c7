import { classifyNetworkError, IntegrationError, networkErrorCode } from "./errors";

export interface SendOptions {
  timeoutMs: number;
  /** Aborting this signal cancels the request (reported as TIMEOUT_ERROR). */
  signal?: AbortSignal;
  /** Larger responses fail with UPSTREAM_ERROR instead of filling memory. Default 10 MiB. */
  maxResponseBytes?: number;
}

export interface HttpResponse {
  status: number;
  /** Lower-case header names. */
  headers: Record<string, string>;
  bodyText: string;
  /** Parsed body when it is JSON (by content type, or by shape when there is none). */
  json?: unknown;
  durationMs: number;
}

export interface SendableRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string;
}

const DEFAULT_MAX_RESPONSE_BYTES = 10 * 1024 * 1024;

class ResponseTooLarge extends Error {}

async function readBody(response: Response, limit: number): Promise<string> {
  if (!response.body) return "";
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      throw new ResponseTooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}

function parseJson(bodyText: string, contentType: string | undefined): unknown {
  const looksJson = contentType ? /[/+]json\b/i.test(contentType) : /^\s*[[{]/.test(bodyText);
  if (!looksJson || bodyText.trim() === "") return undefined;
  try {
    return JSON.parse(bodyText) as unknown;
  } catch {
    return undefined;
  }
}

function networkMessage(err: unknown, timeoutMs: number, callerAborted: boolean): string {
  const code = classifyNetworkError(err);
  if (code === "TIMEOUT_ERROR") {
    return callerAborted ? "The request was aborted" : `The upstream service did not respond within ${timeoutMs} ms`;
  }
  const detail = networkErrorCode(err);
  // Only the error code is reported: messages can repeat the URL, which may hold an API key.
  return detail ? `Could not reach the upstream service (${detail})` : "Could not reach the upstream service";
}

/**
 * Sends a request with a timeout. Network failures throw IntegrationError (TIMEOUT_ERROR,
 * TEMPORARY_ERROR or UPSTREAM_ERROR); HTTP error statuses are returned, not thrown.
 */
export async function sendHttpRequest(request: SendableRequest, options: SendOptions): Promise<HttpResponse> {
  const timeout = AbortSignal.timeout(options.timeoutMs);
  const signal = options.signal ? AbortSignal.any([timeout, options.signal]) : timeout;
  const started = performance.now();
  try {
    const response = await fetch(request.url, {
      method: request.method,
      headers: request.headers,
      body: request.body,
      signal,
      redirect: "follow",
    });
    const bodyText = await readBody(response, options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES);
    const headers: Record<string, string> = {};
    response.headers.forEach((value, key) => {
      headers[key] = value;
    });
    const result: HttpResponse = {
      status: response.status,
      headers,
      bodyText,
      durationMs: Math.round(performance.now() - started),
    };
    const json = parseJson(bodyText, headers["content-type"]);
    if (json !== undefined) result.json = json;
    return result;
  } catch (err) {
    const durationMs = Math.round(performance.now() - started);
    if (err instanceof ResponseTooLarge) {
      throw new IntegrationError("UPSTREAM_ERROR", "The upstream response is too large", { durationMs });
    }
    const callerAborted = options.signal?.aborted === true && !timeout.aborted;
    const networkCode = networkErrorCode(err);
    throw new IntegrationError(
      classifyNetworkError(err),
      networkMessage(err, options.timeoutMs, callerAborted),
      { durationMs, ...(networkCode ? { networkCode } : {}) },
      { cause: err },
    );
  }
}
