// The REST routes of definitions and instances, called as Next.js calls them, with real API tokens.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as schemaRoute } from "@/app/api/v1/definition.schema.json/route";
import { GET as listDefinitionsRoute, POST as importRoute } from "@/app/api/v1/integration-definitions/route";
import { DELETE as deleteDefinitionRoute } from "@/app/api/v1/integration-definitions/[id]/route";
import { POST as createRoute } from "@/app/api/v1/integration-instances/route";
import { DELETE as deleteRoute, GET as getRoute, PATCH as patchRoute } from "@/app/api/v1/integration-instances/[id]/route";
import type { Actor } from "@/lib/auth/actor";
import { createApiToken } from "@/lib/auth/api-tokens";
import { db } from "@/lib/db/client";
import { readBuiltinDefinitionText } from "@/lib/definitions/catalog";

let operator: string;
let viewer: string;
let admin: string;
const SECRET = "sk-rest-secret-456";

function request(token: string | null, method: string, body?: unknown, contentType = "application/json", query = ""): Request {
  return new Request(`http://hub.test/api${query}`, {
    method,
    headers: { "content-type": contentType, ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
  });
}
const none = { params: Promise.resolve({}) };
const withId = (id: string) => ({ params: Promise.resolve({ id }) });

beforeAll(async () => {
  const workspace = await db.workspace.create({ data: { name: `rest-${randomUUID()}` } });
  const actor: Actor = { kind: "user", id: "admin", userId: null, label: "admin@example.test", workspaceId: workspace.id, role: "admin" };
  operator = (await createApiToken(actor, { name: "operator", role: "operator" })).token;
  viewer = (await createApiToken(actor, { name: "viewer", role: "viewer" })).token;
  admin = (await createApiToken(actor, { name: "admin", role: "admin" })).token;
});

describe("definitions API", () => {
  it("publishes the JSON Schema without a token", async () => {
    const response = schemaRoute();
    expect(response.headers.get("content-type")).toMatch(/^application\/schema\+json/);
    expect((await response.json()).title).toBe("Patchbay integration definition");
  });

  it("imports text/plain with backtick strings (201), refuses the same version (409) unless forced (200)", async () => {
    const text = readBuiltinDefinitionText("crm-transform.def.txt");
    const created = await importRoute(request(operator, "POST", text, "text/plain"), none);
    expect(created.status).toBe(201);
    const again = await importRoute(request(operator, "POST", text, "text/plain"), none);
    expect(again.status).toBe(409);
    expect((await again.json()).error.details.issues[0].path).toBe("version");
    expect((await importRoute(request(operator, "POST", text, "text/plain", "?force=true"), none)).status).toBe(200);
    const list = await (await listDefinitionsRoute(request(viewer, "GET"), none)).json();
    expect(list.data.map((d: { key: string }) => d.key)).toContain("crm-integration-with-transformation");
  });

  it("answers 400 VALIDATION_ERROR with every failing path", async () => {
    const response = await importRoute(request(operator, "POST", { name: "x", version: "1" }), none);
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.error.code).toBe("VALIDATION_ERROR");
    expect(body.error.details.issues.map((i: { path: string }) => i.path)).toEqual(expect.arrayContaining(["type", "authType", "methods", "configSchema"]));
  });
});

describe("instances API", () => {
  it("creates (201), reads without the secret, patches, refuses a viewer, and deletes (204)", async () => {
    const defs = await (await listDefinitionsRoute(request(viewer, "GET"), none)).json();
    const crm = defs.data.find((d: { key: string }) => d.key === "crm-integration-with-transformation");

    const invalid = await createRoute(request(operator, "POST", { integrationDefinitionId: crm.id, name: "CRM", config: {} }), none);
    expect(invalid.status).toBe(400);
    expect((await invalid.json()).error.details.issues.map((i: { path: string }) => i.path).sort()).toEqual(["config.apiKey", "config.baseUrl"]);

    const created = await createRoute(request(operator, "POST", { integrationDefinitionId: crm.id, name: "CRM", config: { baseUrl: "http://127.0.0.1:9", apiKey: SECRET } }), none);
    expect(created.status).toBe(201);
    const text = await created.text();
    expect(text).not.toContain(SECRET);
    const instance = JSON.parse(text);
    expect(instance).toMatchObject({ integrationDefinitionId: crm.id, name: "CRM", status: "ACTIVE", secrets: { apiKey: true } });
    expect(typeof instance.createdAt).toBe("string");

    expect((await patchRoute(request(viewer, "PATCH", { name: "nope" }), withId(instance.id))).status).toBe(403);
    const patched = await patchRoute(request(operator, "PATCH", { name: "CRM 2", config: { baseUrl: "http://127.0.0.1:10" } }), withId(instance.id));
    expect(patched.status).toBe(200);
    expect(await patched.json()).toMatchObject({ name: "CRM 2", secrets: { apiKey: true } });

    const read = await getRoute(request(viewer, "GET"), withId(instance.id));
    expect(await read.text()).not.toContain(SECRET);

    expect((await deleteDefinitionRoute(request(admin, "DELETE"), withId(crm.id))).status).toBe(409);
    expect((await deleteRoute(request(operator, "DELETE"), withId(instance.id))).status).toBe(204);
    expect((await getRoute(request(viewer, "GET"), withId(instance.id))).status).toBe(404);
    expect((await deleteDefinitionRoute(request(operator, "DELETE"), withId(crm.id))).status).toBe(403);
    expect((await deleteDefinitionRoute(request(admin, "DELETE"), withId(crm.id))).status).toBe(204);
  });
});
