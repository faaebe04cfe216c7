// Roles: GET viewer; PUT (replace with a new version) operator; DELETE admin, because removing a
// definition removes it for every member of the workspace.
import { apiRoute } from "@/lib/api/route";
import { json } from "@/lib/api/responses";
import { getDefinitionDetail } from "@/lib/definitions/queries";
import { deleteDefinition, updateDefinition } from "@/lib/definitions/store";
import { readDefinitionBody } from "../read-definition-body";

type Params = { id: string };

export const GET = apiRoute<Params>("viewer", async (_request, actor, { id }) => json(await getDefinitionDetail(actor.workspaceId, id)));

export const PUT = apiRoute<Params>("operator", async (request, actor, { id }) => {
  const { input, force } = await readDefinitionBody(request);
  const result = await updateDefinition(actor, id, input, { force });
  return json({ ...result.definition, previousVersion: result.previousVersion, warnings: result.warnings });
});

export const DELETE = apiRoute<Params>("admin", async (_request, actor, { id }) => {
  await deleteDefinition(actor, id);
  return new Response(null, { status: 204 });
});
