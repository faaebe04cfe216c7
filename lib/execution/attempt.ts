// One attempt of an execution: one IntegrationRequest row, created Authorized once the
// credentials are on the request, then a single update to Completed or Failed.
import type { IntegrationMethod } from "@/lib/definitions/format";
import { createRequestLog, handleFailure, handleSuccess, type RequestLogHandle } from "@/lib/request-log/request-log";
import { errorForHttpStatus, IntegrationError, toIntegrationError } from "./errors";
import { errorText, logEarlyFailure, type AttemptLink, type ExecutionLogBase } from "./execution-log";
import { authSecretValues, type HttpAuth } from "./http-auth";
import { buildHttpRequest, sendHttpRequest, type HttpDefinitionLike, type HttpResponse } from "./http-request";
import { parseRetryAfter } from "./retry-policy";
import { validateResult } from "./schemas";
import { runTransform, type Transform, type TransformContext } from "./transforms";
import { upstreamMessage } from "./upstream-message";

export type AttemptInput = {
  definition: HttpDefinitionLike;
  method: IntegrationMethod;
  params: Record<string, unknown>;
  /** Output of the request transform, when the method has one. */
  body?: unknown;
  /** Merged public + secret settings: templates may read them; they never reach a transform. */
  settings: Record<string, unknown>;
  transformContext: TransformContext;
  idempotencyKey?: string;
  timeoutMs: number;
  maxDelayMs: number;
  log: ExecutionLogBase;
};

export type AttemptOutcome =
  | { ok: true; rowId: string; data: unknown }
  | { ok: false; rowId: string; error: IntegrationError; httpMethod: string; retryAfterMs?: number };

function responseValue(response: HttpResponse): unknown {
  if (response.json !== undefined) return response.json;
  return response.bodyText === "" ? null : response.bodyText;
}

async function fail(
  log: RequestLogHandle,
  error: IntegrationError,
  outcome: { statusCode?: number; durationMs?: number; output?: unknown },
): Promise<void> {
  await handleFailure(log, errorText(error), { errorCode: error.code, ...outcome });
}

/** Response transform and resultSchema check; both failures are the definition's or upstream's, not transient. */
async function shapeResult(input: AttemptInput, raw: unknown): Promise<unknown> {
  const transform = input.method.responseTransform as Transform | undefined;
  const data = transform === undefined ? raw : await runTransform(transform, raw, { context: input.transformContext });
  return validateResult(input.method.resultSchema, data);
}

export async function runAttempt(input: AttemptInput, link: AttemptLink, auth: HttpAuth): Promise<AttemptOutcome> {
  const secretValues = [...input.log.secretValues, ...authSecretValues(auth)];
  const base = { ...input.log, secretValues };
  const httpMethod = input.method.http?.method ?? "POST";

  let request;
  try {
    request = buildHttpRequest({
      definition: input.definition,
      method: input.method,
      params: input.params,
      body: input.body,
      config: input.settings,
      auth,
      idempotencyKey: input.idempotencyKey,
    });
  } catch (err) {
    const error = toIntegrationError(err);
    return { ok: false, rowId: await logEarlyFailure(base, link, error), error, httpMethod };
  }

  // The row is committed before the request leaves: a crash mid-call still leaves a trace of a
  // request that may have reached the provider (overlapping the two saved ~0.5 ms, not worth that).
  const log = await createRequestLog(request.body, {
    ...base,
    status: "Authorized",
    url: request.url,
    httpMethod: request.method,
    requestHeaders: request.headers,
    attempt: link.attempt,
    retryOfId: link.retryOfId,
  });

  let response: HttpResponse;
  try {
    response = await sendHttpRequest(request, { timeoutMs: input.timeoutMs });
  } catch (err) {
    const error = toIntegrationError(err);
    const durationMs = typeof error.details?.durationMs === "number" ? error.details.durationMs : undefined;
    await fail(log, error, { durationMs });
    return { ok: false, rowId: log.id, error, httpMethod: request.method };
  }

  const raw = responseValue(response);
  const outcome = { statusCode: response.status, durationMs: response.durationMs, output: raw };
  if (response.status < 200 || response.status >= 300) {
    const message = upstreamMessage(response.json, response.bodyText, secretValues);
    const error = errorForHttpStatus(response.status, message ? { upstreamMessage: message } : undefined);
    await fail(log, error, outcome);
    const retryAfterMs = parseRetryAfter(response.headers["retry-after"], Date.now(), input.maxDelayMs);
    return { ok: false, rowId: log.id, error, httpMethod: request.method, ...(retryAfterMs === undefined ? {} : { retryAfterMs }) };
  }

  let data: unknown;
  try {
    data = await shapeResult(input, raw);
  } catch (err) {
    const error = toIntegrationError(err);
    await fail(log, error, outcome);
    return { ok: false, rowId: log.id, error, httpMethod: request.method };
  }
  await handleSuccess(log, raw, { statusCode: response.status, durationMs: response.durationMs });
  return { ok: true, rowId: log.id, data };
}
