import { apiRoute } from "@/lib/api/route";
import { json } from "@/lib/api/responses";
import { listRequestsQuerySchema, requestPageSchema } from "@/lib/api/schemas";
import { listRequests } from "@/lib/request-log/queries";

/** GET /api/v1/integration-requests — the request log, newest first, keyset-paginated. */
export const GET = apiRoute("viewer", async (request, actor) => {
  const { limit, cursor, ...filters } = listRequestsQuerySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const page = await listRequests({ workspaceId: actor.workspaceId, filters, limit, cursor });
  // Parsing strips the UI-only fields, so the body is exactly the documented schema.
  return json(requestPageSchema.parse({ data: page.rows, nextCursor: page.nextCursor }));
});
