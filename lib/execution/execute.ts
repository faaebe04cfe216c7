// The method executor (DESIGN "Execute a method"): validate → request transform → HTTP call with
// credentials, timeout and retries → response transform → result check, one request-log row per
// attempt. Every failure is an IntegrationError carrying the execution's request ids.
import { randomUUID } from "node:crypto";
import type { IntegrationMethod } from "@/lib/definitions/format";
import { fromAppError } from "./app-error";
import { runAttempt, type AttemptInput } from "./attempt";
import { IntegrationError } from "./errors";
import { loadInstanceContext, type InstanceContext } from "@/lib/instances/context";
import { logEarlyFailure, type ExecutionLogBase } from "./execution-log";
import type { HttpAuth } from "./http-auth";
import { assertCallable, resolveAuth } from "./request-auth";
import { nextRetryDelay, resolveRetryPolicy, retryPolicyOverrideSchema, shouldRetry, type RetryPolicy } from "./retry-policy";
import { validateParams } from "./schemas";
import { runTransform, type Transform } from "./transforms";

export const DEFAULT_TIMEOUT_MS = 30_000;

export type ExecutionScope = { workspaceId: string };

export type ExecuteOptions = {
  reference?: { doctype: string; docname: string };
  runId?: string;
  /** Caller's free-form metadata (seed 001). Not sent upstream and not stored. */
  metadata?: Record<string, unknown>;
  /** The failed row this execution re-sends (its first row links to it). */
  retryOfId?: string;
};

export type ExecuteResult = { data: unknown; executionId: string; requestIds: string[] };

/** An IntegrationError that also says which request-log rows the execution wrote. */
export class ExecutionError extends IntegrationError {
  readonly executionId: string;
  readonly requestIds: string[];

  constructor(error: IntegrationError, executionId: string, requestIds: string[]) {
    super(error.code, error.message, error.details, { cause: error.cause ?? error });
    this.executionId = executionId;
    this.requestIds = requestIds;
  }
}

function findMethod(context: InstanceContext, name: string): IntegrationMethod {
  const method = context.definition.methods.find((m) => m.name === name);
  if (!method) throw new IntegrationError("NOT_FOUND", `This integration has no method named "${name}"`, { method: name });
  return method;
}

function retryPolicyOf(context: InstanceContext): RetryPolicy {
  const override = retryPolicyOverrideSchema.safeParse(context.instance.retryPolicy ?? undefined);
  try {
    return resolveRetryPolicy(context.definition.retryPolicy, override.success ? override.data : undefined);
  } catch {
    return resolveRetryPolicy(context.definition.retryPolicy);
  }
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

type Prepared = { input: AttemptInput; auth: HttpAuth; policy: RetryPolicy };

/** Everything before the first HTTP call; any failure here becomes one Failed row. */
async function prepare(context: InstanceContext, methodName: string, parameters: unknown, log: ExecutionLogBase): Promise<Prepared> {
  assertCallable(context);
  const method = findMethod(context, methodName);
  const params = validateParams(method.paramSchema, parameters);
  const transformContext = { config: context.instance.config, method: method.name };
  const transform = method.requestTransform as Transform | undefined;
  const body = transform === undefined ? undefined : await runTransform(transform, params, { context: transformContext });
  const policy = retryPolicyOf(context);
  const auth = await resolveAuth(context);
  const input: AttemptInput = {
    definition: { baseUrl: context.definition.baseUrl, apiKey: context.definition.apiKey },
    method,
    params,
    ...(body === undefined ? {} : { body }),
    settings: context.settings,
    transformContext,
    ...(method.idempotencyKey ? { idempotencyKey: randomUUID() } : {}),
    timeoutMs: method.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    maxDelayMs: policy.maxDelayMs,
    log,
  };
  return { input, auth, policy };
}

async function loadContext(scope: ExecutionScope, instanceId: string, executionId: string): Promise<InstanceContext> {
  try {
    return await loadInstanceContext(instanceId, scope.workspaceId);
  } catch (err) {
    // No instance, no row: there is nothing (and no workspace-visible service) to attach it to.
    throw new ExecutionError(fromAppError(err), executionId, []);
  }
}

/**
 * Runs one method of an instance and returns its (transformed, checked) result. Throws
 * ExecutionError (an IntegrationError) on every failure; all rows written are in `requestIds`.
 */
export async function executeMethod(
  scope: ExecutionScope,
  instanceId: string,
  methodName: string,
  parameters: unknown,
  options: ExecuteOptions = {},
): Promise<ExecuteResult> {
  const executionId = randomUUID();
  const requestIds: string[] = [];
  try {
    return await execute(scope, instanceId, methodName, parameters, options, executionId, requestIds);
  } catch (err) {
    if (err instanceof ExecutionError) throw err;
    // Only the error's name: database errors can quote the row being written.
    console.error(`executeMethod ${methodName}: unexpected ${err instanceof Error ? err.name : typeof err}`);
    throw new ExecutionError(fromAppError(err), executionId, requestIds);
  }
}

async function execute(
  scope: ExecutionScope,
  instanceId: string,
  methodName: string,
  parameters: unknown,
  options: ExecuteOptions,
  executionId: string,
  requestIds: string[],
): Promise<ExecuteResult> {
  const context = await loadContext(scope, instanceId, executionId);
  const log: ExecutionLogBase = {
    workspaceId: scope.workspaceId,
    serviceName: context.definition.name,
    instanceId: context.instance.id,
    method: methodName,
    executionId,
    runId: options.runId ?? null,
    referenceDoctype: options.reference?.doctype ?? null,
    referenceDocname: options.reference?.docname ?? null,
    requestDescription: `${methodName} on ${context.instance.name}`,
    parameters: parameters ?? {},
    secretValues: context.secretValues,
  };
  let retryOfId = options.retryOfId ?? null;

  let prepared: Prepared;
  try {
    prepared = await prepare(context, methodName, parameters, log);
  } catch (err) {
    const error = fromAppError(err);
    requestIds.push(await logEarlyFailure(log, { attempt: 1, retryOfId }, error));
    throw new ExecutionError(error, executionId, requestIds);
  }

  const { input, policy } = prepared;
  let auth = prepared.auth;
  for (let attempt = 1; attempt <= policy.maxAttempts; attempt++) {
    if (attempt > 1) {
      try {
        // Fresh credentials for every retry: a token may have expired during the wait.
        auth = await resolveAuth(context);
      } catch (err) {
        const error = fromAppError(err);
        requestIds.push(await logEarlyFailure(log, { attempt, retryOfId }, error));
        throw new ExecutionError(error, executionId, requestIds);
      }
    }
    const outcome = await runAttempt(input, { attempt, retryOfId }, auth);
    requestIds.push(outcome.rowId);
    if (outcome.ok) return { data: outcome.data, executionId, requestIds };
    const retry = shouldRetry({
      code: outcome.error.code,
      httpMethod: outcome.httpMethod,
      idempotentMethod: input.method.idempotent,
      hasIdempotencyKey: input.idempotencyKey !== undefined,
      attempt,
      policy,
    });
    if (!retry) throw new ExecutionError(outcome.error, executionId, requestIds);
    await sleep(nextRetryDelay({ attempt, policy, retryAfterMs: outcome.retryAfterMs }));
    retryOfId = outcome.rowId;
  }
  // Unreachable: the last attempt never passes shouldRetry.
  throw new ExecutionError(new IntegrationError("INTERNAL_ERROR", "Internal error while executing the method"), executionId, requestIds);
}
