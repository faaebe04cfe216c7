import { apiRoute } from "@/lib/api/route";
import { json } from "@/lib/api/responses";
import { idSchema, methodSummarySchema } from "@/lib/api/schemas";
import { listMethods } from "@/lib/execution/list-methods";

/** GET /api/v1/integration-instances/:id/methods — the methods with their parameter and result schemas. */
export const GET = apiRoute<{ id: string }>("viewer", async (_request, actor, params) => {
  const methods = await listMethods({ workspaceId: actor.workspaceId }, idSchema.parse(params.id));
  return json({ data: methods.map((m) => methodSummarySchema.parse(m)) });
});
