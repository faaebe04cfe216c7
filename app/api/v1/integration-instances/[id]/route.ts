// Roles: GET viewer; PATCH and DELETE operator. PATCH `config` replaces the public settings; secret
// fields left out or blank keep their stored value, { "$clear": true } removes one.
import { apiRoute, readJson } from "@/lib/api/route";
import { json } from "@/lib/api/responses";
import { getInstanceView } from "@/lib/instances/queries";
import { deleteInstance, updateInstance } from "@/lib/instances/store";

type Params = { id: string };

export const GET = apiRoute<Params>("viewer", async (_request, actor, { id }) => json(await getInstanceView(actor.workspaceId, id)));

export const PATCH = apiRoute<Params>("operator", async (request, actor, { id }) => {
  const body = (await readJson(request)) as Parameters<typeof updateInstance>[2];
  return json(await updateInstance(actor, id, body));
});

export const DELETE = apiRoute<Params>("operator", async (_request, actor, { id }) => {
  await deleteInstance(actor, id);
  return new Response(null, { status: 204 });
});
