"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineAction } from "@/lib/auth/action";
import { AppError } from "@/lib/errors";
import { ERROR_CODES, isErrorCode } from "@/lib/execution/errors";
import { executeMethod } from "@/lib/execution/execute";
import { settleExecution, type ExecutionOutcome } from "@/lib/execution/outcome";
import { retryFailedRequest } from "@/lib/execution/retry-request";
import { testConnection } from "@/lib/execution/test-connection";

type WithoutStatus<T> = T extends unknown ? Omit<T, "httpStatus"> : never;
export type MethodRunResult = WithoutStatus<ExecutionOutcome>;

function withoutStatus(outcome: ExecutionOutcome): MethodRunResult {
  const { httpStatus: _httpStatus, ...rest } = outcome;
  void _httpStatus;
  return rest;
}

/** Runs a method from the Methods tab. A failed call is `ok: true` with `status: "ERROR"`: it ran and was logged. */
export const executeMethodAction = defineAction(
  "operator",
  z.object({
    instanceId: z.string().min(1),
    method: z.string().min(1, "Choose a method"),
    parameters: z.record(z.string(), z.unknown()).default({}),
  }),
  async (input, actor) => {
    const outcome = await settleExecution(() => executeMethod({ workspaceId: actor.workspaceId }, input.instanceId, input.method, input.parameters));
    revalidatePath("/requests");
    return withoutStatus(outcome);
  },
);

/** Test connection: the definition's testMethod; a failed test comes back as `ok: false` with a plain message. */
export const testConnectionAction = defineAction("operator", z.object({ instanceId: z.string().min(1) }), async ({ instanceId }, actor) => {
  const result = await testConnection({ workspaceId: actor.workspaceId }, instanceId);
  revalidatePath("/requests");
  if (!result.ok) {
    const code = isErrorCode(result.code) ? result.code : "UPSTREAM_ERROR";
    throw new AppError(code, result.message, ERROR_CODES[code].httpStatus, { requestIds: result.requestIds });
  }
  return result;
});

/** Seed 000's retry, for the request log: sends a Failed request again as a new execution. */
export const retryRequestAction = defineAction("operator", z.object({ requestId: z.string().min(1) }), async ({ requestId }, actor) => {
  const outcome = await settleExecution(() => retryFailedRequest({ workspaceId: actor.workspaceId }, requestId, actor));
  revalidatePath("/requests");
  return withoutStatus(outcome);
});

/** `onExecute` for the MethodsPanel: bind the instance id (`runMethodAction.bind(null, id)`). */
export async function runMethodAction(instanceId: string, input: { method: string; parameters: object }) {
  return executeMethodAction({ instanceId, method: input.method, parameters: input.parameters as Record<string, unknown> });
}

/** `onTest` for the connection panel: bind the instance id. */
export async function testInstanceConnectionAction(instanceId: string) {
  return testConnectionAction({ instanceId });
}
