import { apiRoute } from "@/lib/api/route";
import { json } from "@/lib/api/responses";
import { idSchema, integrationRequestSchema } from "@/lib/api/schemas";
import { getRequest } from "@/lib/request-log/queries";

/** GET /api/v1/integration-requests/:id — one row of the request log (404 NOT_FOUND outside the workspace). */
export const GET = apiRoute<{ id: string }>("viewer", async (_request, actor, params) => {
  const detail = await getRequest(actor.workspaceId, idSchema.parse(params.id));
  return json(integrationRequestSchema.parse(detail));
});
