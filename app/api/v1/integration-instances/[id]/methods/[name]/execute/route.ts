import { apiRoute, readJson } from "@/lib/api/route";
import { describeError, json } from "@/lib/api/responses";
import { executeBodySchema } from "@/lib/api/schemas";
import { executeMethod } from "@/lib/execution/execute";
import { executeResponseBody, settleExecution } from "@/lib/execution/outcome";

/**
 * POST /api/v1/integration-instances/:id/methods/:name/execute (seed 001). Answers
 * `{ status: "SUCCESS", data }` or `{ status: "ERROR", error }` with the error's HTTP status;
 * only a missing or weak token gets the plain `{ error }` shape of every other route.
 */
export const POST = apiRoute<{ id: string; name: string }>("operator", async (request, actor, params) => {
  let body;
  try {
    body = executeBodySchema.parse(await readJson(request));
  } catch (error) {
    const { status, body: described } = describeError(error);
    return json({ status: "ERROR", error: { ...described, retryable: false }, requestIds: [] }, status);
  }
  const outcome = await settleExecution(() =>
    executeMethod({ workspaceId: actor.workspaceId }, params.id, params.name, body.parameters, {
      ...(body.reference ? { reference: body.reference } : {}),
      ...(body.metadata ? { metadata: body.metadata } : {}),
    }),
  );
  return json(executeResponseBody(outcome), outcome.httpStatus);
});
