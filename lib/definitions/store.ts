// Writes of integration definitions: import (create or versioned upgrade), replace, delete, and the
// built-in catalog install. Instances always survive an upgrade: the row (and its id) is kept.
import { systemActor, type Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record";
import { db, Prisma } from "@/lib/db/client";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { listBuiltinDefinitions } from "./catalog";
import { definitionKey, validateDefinition, type DefinitionValidationIssue, type DefinitionValidationResult, type IntegrationDefinition } from "./format";
import { readDefinitionText } from "./parse-definition";
import { toDefinitionSummary, type DefinitionSummaryView } from "./queries";
import { checkUpgrade } from "./version";

export type DefinitionSource = "builtin" | "import" | "code";
export type ImportOptions = { force?: boolean; source?: DefinitionSource };
export type ImportResult = {
  definition: DefinitionSummaryView;
  /** "created": new key; "upgraded": replaced an installed version. */
  outcome: "created" | "upgraded";
  previousVersion: string | null;
  warnings: DefinitionValidationIssue[];
};

/** Text (seed-style backtick strings allowed) or an already parsed document → a valid definition. */
export function readDefinitionInput(input: string | object): { definition: IntegrationDefinition; warnings: DefinitionValidationIssue[] } {
  const result: DefinitionValidationResult = typeof input === "string" ? readDefinitionText(input) : validateDefinition(input);
  if (!result.ok) {
    const issues = result.issues.map((i) => ({ path: i.path, message: i.message }));
    throw new ValidationError(`The definition is not valid: ${issues.length === 1 ? "1 problem" : `${issues.length} problems`}`, issues);
  }
  return { definition: result.definition, warnings: result.warnings };
}

function refuseVersion(reason: string, installedVersion: string): never {
  throw new ConflictError(reason, { issues: [{ path: "version", message: reason }], installedVersion });
}

function rowData(definition: IntegrationDefinition) {
  return {
    name: definition.name,
    description: definition.description,
    version: definition.version,
    type: definition.type,
    authType: definition.authType,
    icon: definition.icon ?? null,
    document: definition as Prisma.InputJsonValue,
  };
}

/**
 * Installs a definition, or upgrades the installed one with the same key when the version is
 * higher. A lower or equal version is refused (409, path `version`) unless `force` is set.
 */
export async function importDefinition(actor: Actor, input: string | object, options: ImportOptions = {}): Promise<ImportResult> {
  const { definition, warnings } = readDefinitionInput(input);
  const key = definitionKey(definition);
  const source = options.source ?? "import";
  const result = await db.$transaction(async (tx) => {
    const existing = await tx.integrationDefinition.findUnique({ where: { workspaceId_key: { workspaceId: actor.workspaceId, key } } });
    if (existing) {
      const check = checkUpgrade(existing.version, definition.version, { force: options.force });
      if (!check.allowed) refuseVersion(check.reason ?? "This version cannot replace the installed one", existing.version);
    }
    const data = { ...rowData(definition), source };
    const row = existing
      ? await tx.integrationDefinition.update({ where: { id: existing.id }, data })
      : await tx.integrationDefinition.create({ data: { ...data, workspaceId: actor.workspaceId, key } });
    const instanceCount = await tx.integrationInstance.count({ where: { definitionId: row.id } });
    const outcome = existing ? ("upgraded" as const) : ("created" as const);
    await recordAudit(actor, existing ? "definition.upgrade" : "definition.import", { type: "IntegrationDefinition", id: row.id },
      { key, version: definition.version, previousVersion: existing?.version ?? null, forced: !!options.force, source }, tx);
    return { definition: toDefinitionSummary(row, instanceCount), outcome, previousVersion: existing?.version ?? null };
  });
  return { ...result, warnings };
}

/** PUT: replaces the document of one definition; the key must stay the same, the version rule applies. */
export async function updateDefinition(actor: Actor, id: string, input: string | object, options: { force?: boolean } = {}): Promise<ImportResult> {
  const { definition } = readDefinitionInput(input);
  const existing = await db.integrationDefinition.findFirst({ where: { id, workspaceId: actor.workspaceId } });
  if (!existing) throw new NotFoundError("The integration definition");
  const key = definitionKey(definition);
  if (key !== existing.key) {
    const message = `The key must stay "${existing.key}" (this document has "${key}"); import it as a new definition instead`;
    throw new ValidationError(message, [{ path: definition.key ? "key" : "name", message }]);
  }
  return importDefinition(actor, definition, { force: options.force, source: existing.source === "builtin" ? "import" : (existing.source as DefinitionSource) });
}

/** Deletes a definition that no instance uses. */
export async function deleteDefinition(actor: Actor, id: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const row = await tx.integrationDefinition.findFirst({ where: { id, workspaceId: actor.workspaceId } });
    if (!row) throw new NotFoundError("The integration definition");
    const count = await tx.integrationInstance.count({ where: { definitionId: id } });
    if (count > 0) throw new ConflictError(`In use by ${count} instance${count === 1 ? "" : "s"}: delete ${count === 1 ? "it" : "them"} first`, { instanceCount: count });
    await tx.integrationDefinition.delete({ where: { id } });
    await recordAudit(actor, "definition.delete", { type: "IntegrationDefinition", id }, { key: row.key, version: row.version }, tx);
  });
}

/**
 * Idempotent: installs the shipped definitions a workspace lacks and upgrades installed ones when the
 * shipped version is higher. Safe when two page loads race (duplicates are skipped, upgrades are
 * conditional on the version read). Returns the keys it changed.
 */
export async function installBuiltinCatalog(workspaceId: string): Promise<{ installed: string[]; upgraded: string[] }> {
  const builtins = listBuiltinDefinitions();
  const rows = await db.integrationDefinition.findMany({
    where: { workspaceId, key: { in: builtins.map((b) => b.key) } },
    select: { id: true, key: true, version: true },
  });
  const byKey = new Map(rows.map((r) => [r.key, r]));
  const installed: string[] = [];
  const upgraded: string[] = [];
  const missing = builtins.filter((b) => !byKey.has(b.key));
  if (missing.length > 0) {
    const created = await db.integrationDefinition.createMany({
      data: missing.map((b) => ({ ...rowData(b.definition), workspaceId, key: b.key, source: "builtin" })),
      skipDuplicates: true,
    });
    if (created.count > 0) installed.push(...missing.map((b) => b.key));
  }
  for (const builtin of builtins) {
    const row = byKey.get(builtin.key);
    // Without force, checkUpgrade allows only a strictly higher shipped version.
    if (!row || !checkUpgrade(row.version, builtin.definition.version).allowed) continue;
    const { count } = await db.integrationDefinition.updateMany({
      where: { id: row.id, version: row.version },
      data: { ...rowData(builtin.definition), source: "builtin" },
    });
    if (count > 0) upgraded.push(builtin.key);
  }
  if (installed.length > 0 || upgraded.length > 0) {
    await recordAudit(systemActor(workspaceId, "built-in catalog"), "definition.install-builtin", { type: "IntegrationDefinition" }, { installed, upgraded });
  }
  return { installed, upgraded };
}
