// Reads of installed definitions, in the shapes of lib/api/schemas.ts (dates as ISO strings).
import type { z } from "zod";
import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import type { definitionDetailSchema, definitionSummarySchema } from "@/lib/api/schemas";
import type { IntegrationDefinition as DefinitionRow } from "@/lib/generated/prisma/client";
import { slugifyName } from "./format";
import { stringifyDefinition } from "./parse-definition";

export type DefinitionSummaryView = z.infer<typeof definitionSummarySchema>;
export type DefinitionDetailView = z.infer<typeof definitionDetailSchema>;

type Source = DefinitionSummaryView["source"];

export function toDefinitionSummary(row: DefinitionRow, instanceCount: number): DefinitionSummaryView {
  return {
    id: row.id,
    key: row.key,
    name: row.name,
    description: row.description,
    version: row.version,
    type: row.type === "webhook" ? "webhook" : "http",
    authType: row.authType,
    icon: row.icon,
    source: (["builtin", "import", "code"].includes(row.source) ? row.source : "import") as Source,
    instanceCount,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** Every definition of the workspace with how many instances use it, by name. */
export async function listDefinitions(workspaceId: string): Promise<DefinitionSummaryView[]> {
  const rows = await db.integrationDefinition.findMany({
    where: { workspaceId },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    include: { _count: { select: { instances: true } } },
  });
  return rows.map(({ _count, ...row }) => toDefinitionSummary(row, _count.instances));
}

async function findDefinition(workspaceId: string, id: string) {
  const row = await db.integrationDefinition.findFirst({
    where: { id, workspaceId },
    include: { _count: { select: { instances: true } } },
  });
  if (!row) throw new NotFoundError("The integration definition");
  return row;
}

/** One definition with its whole document (as stored, `{{hubUrl}}` placeholders kept). */
export async function getDefinitionDetail(workspaceId: string, id: string): Promise<DefinitionDetailView> {
  const { _count, ...row } = await findDefinition(workspaceId, id);
  return { ...toDefinitionSummary(row, _count.instances), definition: row.document as Record<string, unknown> };
}

/** The definition as a downloadable JSON file (transforms become ordinary JSON strings). */
export async function exportDefinition(workspaceId: string, id: string): Promise<{ filename: string; text: string }> {
  const row = await findDefinition(workspaceId, id);
  return { filename: `${slugifyName(row.key)}-${row.version}.json`, text: stringifyDefinition(row.document) };
}
