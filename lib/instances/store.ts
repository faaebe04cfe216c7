// Writes of integration instances (seed 003's configurations of a seed 001 definition).
// Settings are validated on the server with the same Ajv rules the browser form uses.
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record";
import { db, Prisma } from "@/lib/db/client";
import { ConflictError, NotFoundError, ValidationError, zodIssues } from "@/lib/errors";
import { createInstanceBodySchema, updateInstanceBodySchema } from "@/lib/api/schemas";
import { mergeSecrets, splitSecrets } from "@/lib/definitions/config-schema/secrets";
import { definitionFlags } from "@/lib/definitions/format";
import type { z } from "zod";
import { decryptSecretSettings, parseStoredDefinition } from "./context";
import { toInstanceView, type InstanceView } from "./queries";
import { prepareSettings, resolveStatus } from "./settings";

export type CreateInstanceInput = z.input<typeof createInstanceBodySchema>;
export type UpdateInstanceInput = z.input<typeof updateInstanceBodySchema>;

function parseBody<S extends z.ZodType>(schema: S, body: unknown): z.infer<S> {
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new ValidationError("The request is not valid", zodIssues(parsed.error));
  return parsed.data;
}

const target = (id: string) => ({ type: "IntegrationInstance", id });

/** Creates an instance from a definition: settings validated (defaults applied), secrets encrypted. */
export async function createInstance(actor: Actor, body: CreateInstanceInput): Promise<InstanceView> {
  const input = parseBody(createInstanceBodySchema, body);
  const row = await db.integrationDefinition.findFirst({ where: { id: input.integrationDefinitionId, workspaceId: actor.workspaceId } });
  if (!row) {
    throw new ValidationError("The integration definition was not found", [{ path: "integrationDefinitionId", message: "No such integration definition in this workspace" }]);
  }
  const definition = parseStoredDefinition(row.document);
  const stored = prepareSettings(definition, input.config);
  const enabled = input.enabled ?? true;
  const status = resolveStatus({ enabled, connected: false, definition, settings: stored.settings });
  const created = await db.$transaction(async (tx) => {
    if (definitionFlags(definition).isSingleton) {
      // Row lock on the definition: two concurrent creates of a singleton cannot both pass the count.
      await tx.$queryRaw`SELECT id FROM "IntegrationDefinition" WHERE id = ${row.id} FOR UPDATE`;
      const existing = await tx.integrationInstance.count({ where: { definitionId: row.id } });
      if (existing > 0) throw new ConflictError(`${row.name} allows one instance per workspace, and it already has one`);
    }
    const instance = await tx.integrationInstance.create({
      data: {
        workspaceId: actor.workspaceId,
        definitionId: row.id,
        name: input.name,
        config: stored.config as Prisma.InputJsonValue,
        secretConfig: stored.secretConfig,
        enabled,
        status,
      },
    });
    await recordAudit(actor, "instance.create", target(instance.id), { definitionKey: row.key, name: input.name, status }, tx);
    return instance;
  });
  return toInstanceView(created, definition);
}

/**
 * PATCH: `name`, `enabled` and `config` are each optional. `config` replaces the public settings;
 * a secret field left out or blank keeps its stored value, `{ "$clear": true }` removes it.
 */
export async function updateInstance(actor: Actor, id: string, patch: UpdateInstanceInput): Promise<InstanceView> {
  const input = parseBody(updateInstanceBodySchema, patch);
  const row = await db.integrationInstance.findFirst({ where: { id, workspaceId: actor.workspaceId }, include: { definition: true, connection: { select: { id: true } } } });
  if (!row) throw new NotFoundError("The integration instance");
  const definition = parseStoredDefinition(row.definition.document);
  const data: Prisma.IntegrationInstanceUpdateInput = {};
  const changed: string[] = [];
  if (input.name !== undefined && input.name !== row.name) {
    data.name = input.name;
    changed.push("name");
  }
  const storedSecrets = decryptSecretSettings(row.secretConfig);
  let settings = mergeSecrets(row.config, storedSecrets, {});
  if (input.config !== undefined) {
    const { publicValues, secretValues } = splitSecrets(definition.configSchema, input.config);
    const stored = prepareSettings(definition, mergeSecrets(publicValues, storedSecrets, secretValues, definition.configSchema));
    data.config = stored.config as Prisma.InputJsonValue;
    data.secretConfig = stored.secretConfig;
    settings = stored.settings;
    changed.push("config");
  }
  const enabled = input.enabled ?? row.enabled;
  if (enabled !== row.enabled) {
    data.enabled = enabled;
    changed.push(enabled ? "enabled" : "disabled");
  }
  // A FAILED instance keeps its reason until it is reconnected, unless it is switched off and on.
  const reconsider = enabled !== row.enabled || (input.config !== undefined && row.status !== "FAILED");
  if (reconsider) {
    const status = resolveStatus({ enabled, connected: row.connection !== null, definition, settings });
    if (status !== row.status) {
      data.status = status;
      data.statusReason = null;
    }
  }
  const updated = await db.$transaction(async (tx) => {
    const result = await tx.integrationInstance.update({ where: { id: row.id }, data });
    await recordAudit(actor, "instance.update", target(row.id), { changed, status: result.status }, tx);
    return result;
  });
  return toInstanceView(updated, definition);
}

/** Deletes an instance with its connection, runs and webhook deliveries; request logs keep their rows. */
export async function deleteInstance(actor: Actor, id: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const row = await tx.integrationInstance.findFirst({ where: { id, workspaceId: actor.workspaceId }, select: { id: true, name: true, definitionId: true } });
    if (!row) throw new NotFoundError("The integration instance");
    await tx.integrationInstance.delete({ where: { id: row.id } });
    await recordAudit(actor, "instance.delete", target(row.id), { name: row.name, definitionId: row.definitionId }, tx);
  });
}
