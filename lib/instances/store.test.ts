import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { readBuiltinDefinitionText } from "@/lib/definitions/catalog";
import { importDefinition } from "@/lib/definitions/store";
import { decryptSecretSettings } from "./context";
import { getInstanceView, listInstances } from "./queries";
import { createInstance, deleteInstance, updateInstance } from "./store";

let actor: Actor;
let crmId: string;
const SECRET = "sk-test-secret-123";

beforeEach(async () => {
  const workspace = await db.workspace.create({ data: { name: `instances-${randomUUID()}` } });
  actor = { kind: "user", id: "u1", userId: null, label: "tester@example.test", workspaceId: workspace.id, role: "operator" };
  crmId = (await importDefinition(actor, readBuiltinDefinitionText("crm-transform.def.txt"))).definition.id;
});

async function caught(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`);
  return error;
}

const issuesOf = (error: AppError) => (error.details as { issues: { path: string; message: string }[] }).issues;

describe("createInstance", () => {
  it("reports every missing setting under config.", async () => {
    const error = await caught(createInstance(actor, { integrationDefinitionId: crmId, name: "CRM", config: {} }));
    expect(error.code).toBe("VALIDATION_ERROR");
    expect(issuesOf(error).map((i) => i.path).sort()).toEqual(["config.apiKey", "config.baseUrl"]);
    expect(issuesOf(error)[0]?.message).toBe("Required");
  });

  it("encrypts the secret at rest and never returns it", async () => {
    const view = await createInstance(actor, { integrationDefinitionId: crmId, name: "CRM", config: { baseUrl: "http://127.0.0.1:9/crm", apiKey: SECRET } });
    // seed 001 CRM: authType api_key with the key among its settings, so no Connect step is needed.
    expect(view).toMatchObject({ status: "ACTIVE", enabled: true, config: { baseUrl: "http://127.0.0.1:9/crm" }, secrets: { apiKey: true } });
    expect(JSON.stringify(view)).not.toContain(SECRET);
    const raw = await db.$queryRaw<{ config: unknown; secretConfig: string }[]>`SELECT config, "secretConfig" FROM "IntegrationInstance" WHERE id = ${view.id}`;
    expect(JSON.stringify(raw)).not.toContain(SECRET);
    expect(decryptSecretSettings(raw[0]!.secretConfig)).toEqual({ apiKey: SECRET });
    expect(JSON.stringify(await getInstanceView(actor.workspaceId, view.id))).not.toContain(SECRET);
    expect(JSON.stringify(await listInstances(actor.workspaceId))).not.toContain(SECRET);
    expect(await db.auditLog.count({ where: { workspaceId: actor.workspaceId, action: "instance.create", targetId: view.id } })).toBe(1);
  });

  it("starts OAuth2 instances as PENDING_AUTHENTICATION and disabled ones as DISABLED", async () => {
    const google = await importDefinition(actor, readBuiltinDefinitionText("google-calendar.def.txt"));
    const config = { clientId: "id", clientSecret: "shh", redirectUri: "https://hub.example/oauth/callback" };
    const pending = await createInstance(actor, { integrationDefinitionId: google.definition.id, name: "Cal", config });
    expect(pending.status).toBe("PENDING_AUTHENTICATION");
    // The default scope was applied and stored with the public settings.
    expect(pending.config.scope).toBe("https://www.googleapis.com/auth/calendar.readonly");
    const off = await createInstance(actor, { integrationDefinitionId: google.definition.id, name: "Cal 2", config, enabled: false });
    expect(off.status).toBe("DISABLED");
  });

  it("allows one instance of a singleton definition", async () => {
    const single = await importDefinition(actor, {
      name: "Only One", description: "x", version: "1.0.0", type: "http", authType: "none", isSingleton: true,
      methods: [{ name: "ping", description: "p", paramSchema: { type: "object" }, resultSchema: { type: "object" } }],
      configSchema: { type: "object" },
    });
    await createInstance(actor, { integrationDefinitionId: single.definition.id, name: "First" });
    const error = await caught(createInstance(actor, { integrationDefinitionId: single.definition.id, name: "Second" }));
    expect(error.code).toBe("CONFLICT");
  });
});

describe("updateInstance", () => {
  it("keeps an untouched secret, replaces a new one, and $clear removes it", async () => {
    const { id } = await createInstance(actor, { integrationDefinitionId: crmId, name: "CRM", config: { baseUrl: "http://a.example", apiKey: SECRET } });
    const renamed = await updateInstance(actor, id, { name: "CRM renamed", config: { baseUrl: "http://b.example" } });
    expect(renamed).toMatchObject({ name: "CRM renamed", config: { baseUrl: "http://b.example" }, secrets: { apiKey: true } });
    let row = await db.integrationInstance.findUniqueOrThrow({ where: { id } });
    expect(decryptSecretSettings(row.secretConfig)).toEqual({ apiKey: SECRET });

    await updateInstance(actor, id, { config: { baseUrl: "http://b.example", apiKey: "" } });
    row = await db.integrationInstance.findUniqueOrThrow({ where: { id } });
    expect(decryptSecretSettings(row.secretConfig)).toEqual({ apiKey: SECRET });

    await updateInstance(actor, id, { config: { baseUrl: "http://b.example", apiKey: "sk-new" } });
    row = await db.integrationInstance.findUniqueOrThrow({ where: { id } });
    expect(decryptSecretSettings(row.secretConfig)).toEqual({ apiKey: "sk-new" });

    // apiKey is required by the CRM schema, so clearing it is refused...
    const error = await caught(updateInstance(actor, id, { config: { baseUrl: "http://b.example", apiKey: { $clear: true } } }));
    expect(issuesOf(error)).toEqual([{ path: "config.apiKey", message: "Required" }]);
  });

  it("$clear removes an optional secret", async () => {
    const def = await importDefinition(actor, {
      name: "Optional Secret", description: "x", version: "1.0.0", type: "http", authType: "none",
      methods: [{ name: "ping", description: "p", paramSchema: { type: "object" }, resultSchema: { type: "object" } }],
      configSchema: { type: "object", properties: { token: { type: "string" }, label: { type: "string" } } },
    });
    const { id } = await createInstance(actor, { integrationDefinitionId: def.definition.id, name: "O", config: { token: "t-1", label: "x" } });
    const view = await updateInstance(actor, id, { config: { label: "x", token: { $clear: true } } });
    expect(view.secrets).toEqual({ token: false });
    const row = await db.integrationInstance.findUniqueOrThrow({ where: { id } });
    expect(row.secretConfig).toBeNull();
  });

  it("disabling sets DISABLED; enabling again restores the status the settings allow", async () => {
    const { id } = await createInstance(actor, { integrationDefinitionId: crmId, name: "CRM", config: { baseUrl: "http://a.example", apiKey: SECRET } });
    expect((await updateInstance(actor, id, { enabled: false })).status).toBe("DISABLED");
    expect((await updateInstance(actor, id, { enabled: true })).status).toBe("ACTIVE");
  });

  it("deletes, and a missing instance is NOT_FOUND", async () => {
    const { id } = await createInstance(actor, { integrationDefinitionId: crmId, name: "CRM", config: { baseUrl: "http://a.example", apiKey: SECRET } });
    await deleteInstance(actor, id);
    expect((await caught(getInstanceView(actor.workspaceId, id))).code).toBe("NOT_FOUND");
    expect((await caught(updateInstance(actor, id, { name: "x" }))).status).toBe(404);
  });
});
