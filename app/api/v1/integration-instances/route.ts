// Seed 001: POST { integrationDefinitionId, name, config } → 201 { id, status, createdAt, … }.
// Roles: GET viewer, POST operator. Secret settings are never part of a response.
import { z } from "zod";
import { apiRoute, readJson } from "@/lib/api/route";
import { json } from "@/lib/api/responses";
import { listQuerySchema } from "@/lib/api/schemas";
import { listInstances } from "@/lib/instances/queries";
import { createInstance } from "@/lib/instances/store";

const listInstancesQuerySchema = listQuerySchema.extend({ integrationDefinitionId: z.string().optional() });

export const GET = apiRoute("viewer", async (request, actor) => {
  const query = listInstancesQuerySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  return json(await listInstances(actor.workspaceId, { definitionId: query.integrationDefinitionId, limit: query.limit, cursor: query.cursor }));
});

export const POST = apiRoute("operator", async (request, actor) => {
  const body = (await readJson(request)) as Parameters<typeof createInstance>[1];
  return json(await createInstance(actor, body), 201);
});
