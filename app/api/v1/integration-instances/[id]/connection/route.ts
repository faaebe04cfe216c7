import { apiRoute } from "@/lib/api/route";
import { json } from "@/lib/api/responses";
import { connectionSummary } from "@/lib/connections/credentials";
import { disconnect } from "@/lib/connections/oauth2";

export const GET = apiRoute<{ id: string }>("viewer", async (_request, actor, { id }) => json(await connectionSummary(id, actor.workspaceId)));

export const DELETE = apiRoute<{ id: string }>("operator", async (_request, actor, { id }) => {
  await disconnect(actor, id);
  return json(await connectionSummary(id, actor.workspaceId));
});
