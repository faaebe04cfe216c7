import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { listBuiltinDefinitions, readBuiltinDefinitionText } from "./catalog";
import { parseDefinitionText } from "./parse-definition";
import { exportDefinition, listDefinitions } from "./queries";
import { deleteDefinition, importDefinition, installBuiltinCatalog, updateDefinition } from "./store";

let actor: Actor;

beforeEach(async () => {
  const workspace = await db.workspace.create({ data: { name: `definitions-${randomUUID()}` } });
  actor = { kind: "user", id: "u1", userId: null, label: "tester@example.test", workspaceId: workspace.id, role: "admin" };
});

const minimal = (version: string, extra: Record<string, unknown> = {}) => ({
  name: "Ping Service",
  description: "Test",
  version,
  type: "http",
  authType: "none",
  methods: [{ name: "ping", description: "Ping", paramSchema: { type: "object" }, resultSchema: { type: "object" } }],
  configSchema: { type: "object", properties: { baseUrl: { type: "string" } } },
  ...extra,
});

async function caught(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`);
  return error;
}

describe("importDefinition", () => {
  it("imports the seed 001 definitions as text, storing the document unchanged", async () => {
    for (const file of ["google-calendar.def.txt", "crm-transform.def.txt", "stripe-webhook.def.txt"] as const) {
      const text = readBuiltinDefinitionText(file);
      const result = await importDefinition(actor, text);
      expect(result.outcome).toBe("created");
      const row = await db.integrationDefinition.findUniqueOrThrow({ where: { id: result.definition.id } });
      const parsed = parseDefinitionText(text);
      if (!parsed.ok) throw new Error("seed text must parse");
      expect(row.document).toEqual(parsed.value);
      expect(row.source).toBe("import");
    }
    const keys = (await listDefinitions(actor.workspaceId)).map((d) => d.key).sort();
    expect(keys).toEqual(["crm-integration-with-transformation", "google-calendar-integration", "stripe-webhook-integration"]);
  });

  it("reports every problem of an invalid definition with its path", async () => {
    const error = await caught(importDefinition(actor, { name: "Broken", version: "one", type: "ftp", methods: [] }));
    expect(error.code).toBe("VALIDATION_ERROR");
    expect(error.status).toBe(400);
    const issues = (error.details as { issues: { path: string; message: string }[] }).issues;
    const paths = issues.map((i) => i.path);
    expect(paths).toEqual(expect.arrayContaining(["version", "type", "authType", "methods", "configSchema", "description"]));
    for (const issue of issues) expect(issue.message).toMatch(/\w/);
  });

  it("upgrades to a higher version and keeps the instances", async () => {
    const first = await importDefinition(actor, minimal("1.0.0"));
    const instance = await db.integrationInstance.create({ data: { workspaceId: actor.workspaceId, definitionId: first.definition.id, name: "Keep me" } });
    const second = await importDefinition(actor, minimal("1.1.0", { description: "Newer" }));
    expect(second).toMatchObject({ outcome: "upgraded", previousVersion: "1.0.0" });
    expect(second.definition).toMatchObject({ id: first.definition.id, version: "1.1.0", description: "Newer", instanceCount: 1 });
    expect(await db.integrationInstance.findUnique({ where: { id: instance.id } })).not.toBeNull();
  });

  it("refuses an equal or lower version with a version issue, unless forced", async () => {
    await importDefinition(actor, minimal("2.0.0"));
    for (const version of ["2.0.0", "1.9.0"]) {
      const error = await caught(importDefinition(actor, minimal(version)));
      expect(error.code).toBe("CONFLICT");
      expect(error.status).toBe(409);
      expect((error.details as { issues: { path: string }[] }).issues[0]?.path).toBe("version");
    }
    const forced = await importDefinition(actor, minimal("1.9.0"), { force: true });
    expect(forced.definition.version).toBe("1.9.0");
  });
});

describe("updateDefinition and deleteDefinition", () => {
  it("keeps the key on PUT", async () => {
    const { definition } = await importDefinition(actor, minimal("1.0.0"));
    const error = await caught(updateDefinition(actor, definition.id, minimal("2.0.0", { name: "Another Name" })));
    expect(error.code).toBe("VALIDATION_ERROR");
    const updated = await updateDefinition(actor, definition.id, minimal("2.0.0"));
    expect(updated.definition.version).toBe("2.0.0");
  });

  it("deletes only unused definitions", async () => {
    const { definition } = await importDefinition(actor, minimal("1.0.0"));
    await db.integrationInstance.create({ data: { workspaceId: actor.workspaceId, definitionId: definition.id, name: "User" } });
    const error = await caught(deleteDefinition(actor, definition.id));
    expect(error.code).toBe("CONFLICT");
    expect(error.message).toMatch(/In use by 1 instance/);
    await db.integrationInstance.deleteMany({ where: { definitionId: definition.id } });
    await deleteDefinition(actor, definition.id);
    expect(await listDefinitions(actor.workspaceId)).toEqual([]);
    const audit = await db.auditLog.findMany({ where: { workspaceId: actor.workspaceId }, orderBy: { createdAt: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["definition.import", "definition.delete"]);
  });

  it("exports a JSON file that imports again", async () => {
    const { definition } = await importDefinition(actor, readBuiltinDefinitionText("crm-transform.def.txt"));
    const file = await exportDefinition(actor.workspaceId, definition.id);
    expect(file.filename).toBe("crm-integration-with-transformation-1.0.0.json");
    expect(JSON.parse(file.text).methods[0].requestTransform).toContain("function transform(input)");
    const again = await importDefinition(actor, JSON.parse(file.text), { force: true });
    expect(again.definition.id).toBe(definition.id);
  });
});

describe("installBuiltinCatalog", () => {
  it("installs the missing built-ins once and upgrades older ones", async () => {
    const builtins = listBuiltinDefinitions();
    const first = await installBuiltinCatalog(actor.workspaceId);
    expect(first.installed.sort()).toEqual(builtins.map((b) => b.key).sort());
    expect(await installBuiltinCatalog(actor.workspaceId)).toEqual({ installed: [], upgraded: [] });
    const rows = await listDefinitions(actor.workspaceId);
    expect(rows.every((r) => r.source === "builtin")).toBe(true);

    await db.integrationDefinition.updateMany({ where: { workspaceId: actor.workspaceId, key: "acme-crm" }, data: { version: "0.1.0" } });
    expect(await installBuiltinCatalog(actor.workspaceId)).toEqual({ installed: [], upgraded: ["acme-crm"] });
  });
});
