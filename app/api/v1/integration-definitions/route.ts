// Roles: listing needs viewer; importing a definition needs operator (the same role that adds instances).
import { apiRoute } from "@/lib/api/route";
import { json } from "@/lib/api/responses";
import { listDefinitions } from "@/lib/definitions/queries";
import { importDefinition } from "@/lib/definitions/store";
import { readDefinitionBody } from "./read-definition-body";

export const GET = apiRoute("viewer", async (_request, actor) => json({ data: await listDefinitions(actor.workspaceId) }));

export const POST = apiRoute("operator", async (request, actor) => {
  const { input, force } = await readDefinitionBody(request);
  const result = await importDefinition(actor, input, { force });
  return json({ ...result.definition, outcome: result.outcome, previousVersion: result.previousVersion, warnings: result.warnings }, result.outcome === "created" ? 201 : 200);
});
