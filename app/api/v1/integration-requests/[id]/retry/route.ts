import { apiRoute } from "@/lib/api/route";
import { json } from "@/lib/api/responses";
import { idSchema } from "@/lib/api/schemas";
import { executeResponseBody, settleExecution } from "@/lib/execution/outcome";
import { retryFailedRequest } from "@/lib/execution/retry-request";

/** POST /api/v1/integration-requests/:id/retry — seed 000's retry: the new rows' ids come back in requestIds. */
export const POST = apiRoute<{ id: string }>("operator", async (_request, actor, params) => {
  const id = idSchema.parse(params.id);
  const outcome = await settleExecution(() => retryFailedRequest({ workspaceId: actor.workspaceId }, id, actor));
  return json(executeResponseBody(outcome), outcome.httpStatus);
});
