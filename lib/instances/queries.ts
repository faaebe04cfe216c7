// Reads of integration instances. Secret settings are decrypted only to report which are set;
// no secret value leaves this module.
import type { z } from "zod";
import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import type { instanceSchema } from "@/lib/api/schemas";
import { secretStatus } from "@/lib/definitions/config-schema/secrets";
import { definitionFlags, type IntegrationDefinition } from "@/lib/definitions/format";
import type { IntegrationInstance } from "@/lib/generated/prisma/client";
import { decryptSecretSettings, parseStoredDefinition } from "./context";

export type InstanceView = z.infer<typeof instanceSchema>;

function storedSecretStatus(definition: IntegrationDefinition, secretConfig: string | null): Record<string, boolean> {
  let secrets: Record<string, unknown> = {};
  try {
    secrets = decryptSecretSettings(secretConfig);
  } catch {
    // A ciphertext made with a key that is no longer configured counts as "not set": re-enter it.
  }
  return secretStatus(definition.configSchema, secrets);
}

export function toInstanceView(row: IntegrationInstance, definition: IntegrationDefinition): InstanceView {
  return {
    id: row.id,
    integrationDefinitionId: row.definitionId,
    name: row.name,
    status: row.status,
    statusReason: row.statusReason,
    enabled: row.enabled,
    config: (row.config ?? {}) as Record<string, unknown>,
    secrets: storedSecretStatus(definition, row.secretConfig),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

async function findInstance(workspaceId: string, id: string) {
  const row = await db.integrationInstance.findFirst({ where: { id, workspaceId }, include: { definition: true, connection: { select: { id: true } } } });
  if (!row) throw new NotFoundError("The integration instance");
  return row;
}

/** The API shape of one instance: public settings plus a set/unset map of the secret ones. */
export async function getInstanceView(workspaceId: string, id: string): Promise<InstanceView> {
  const { definition, connection: _connection, ...row } = await findInstance(workspaceId, id);
  return toInstanceView(row, parseStoredDefinition(definition.document));
}

/** Page of instances, newest first, keyset on the id of the last row. */
export async function listInstances(
  workspaceId: string,
  options: { definitionId?: string; limit?: number; cursor?: string } = {},
): Promise<{ data: InstanceView[]; nextCursor: string | null }> {
  const limit = options.limit ?? 50;
  const rows = await db.integrationInstance.findMany({
    where: { workspaceId, ...(options.definitionId ? { definitionId: options.definitionId } : {}) },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit + 1,
    ...(options.cursor ? { cursor: { id: options.cursor }, skip: 1 } : {}),
    include: { definition: { select: { document: true } } },
  });
  const page = rows.slice(0, limit);
  const parsed = new Map<string, IntegrationDefinition>();
  const data = page.map(({ definition, ...row }) => {
    let def = parsed.get(row.definitionId);
    if (!def) parsed.set(row.definitionId, (def = parseStoredDefinition(definition.document)));
    return toInstanceView(row, def);
  });
  return { data, nextCursor: rows.length > limit ? (page[page.length - 1]?.id ?? null) : null };
}

export type InstanceRow = {
  id: string;
  name: string;
  status: InstanceView["status"];
  statusReason: string | null;
  enabled: boolean;
  updatedAt: string;
  definition: { id: string; name: string; icon: string | null; type: string };
};

/** The "Your integrations" table. */
export async function listInstanceRows(workspaceId: string): Promise<InstanceRow[]> {
  const rows = await db.integrationInstance.findMany({
    where: { workspaceId },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: 500,
    include: { definition: { select: { id: true, name: true, icon: true, type: true } } },
  });
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    status: r.status,
    statusReason: r.statusReason,
    enabled: r.enabled,
    updatedAt: r.updatedAt.toISOString(),
    definition: r.definition,
  }));
}

export type InstancePageData = {
  instance: InstanceView;
  definition: {
    id: string;
    name: string;
    icon: string | null;
    type: string;
    authType: string;
    version: string;
    configSchema: Record<string, unknown>;
    methods: { name: string; description: string; paramSchema: Record<string, unknown> }[];
    flags: ReturnType<typeof definitionFlags>;
    hasTestMethod: boolean;
  };
  connected: boolean;
};

/** Everything the instance page shows, with `{{hubUrl}}` filled in and no secret value. */
export async function getInstancePageData(workspaceId: string, id: string): Promise<InstancePageData> {
  const { definition: row, connection, ...instance } = await findInstance(workspaceId, id);
  const definition = parseStoredDefinition(row.document);
  return {
    instance: toInstanceView(instance, definition),
    definition: {
      id: row.id,
      name: row.name,
      icon: row.icon,
      type: row.type,
      authType: row.authType,
      version: row.version,
      configSchema: definition.configSchema,
      methods: definition.methods.map((m) => ({ name: m.name, description: m.description, paramSchema: m.paramSchema })),
      flags: definitionFlags(definition),
      hasTestMethod: typeof definition.testMethod === "string" && definition.testMethod !== "",
    },
    connected: connection !== null,
  };
}

/** What the "new instance" form needs about a definition. */
export async function getDefinitionForNewInstance(workspaceId: string, definitionId: string) {
  const row = await db.integrationDefinition.findFirst({ where: { id: definitionId, workspaceId }, include: { _count: { select: { instances: true } } } });
  if (!row) throw new NotFoundError("The integration definition");
  const definition = parseStoredDefinition(row.document);
  const flags = definitionFlags(definition);
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    icon: row.icon,
    authType: row.authType,
    configSchema: definition.configSchema,
    /** A singleton that already has its one instance cannot get another. */
    singletonTaken: flags.isSingleton && row._count.instances > 0,
  };
}
