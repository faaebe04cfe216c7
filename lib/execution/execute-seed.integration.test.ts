// Seed 001's CRM example end to end, redaction of every stored column, seed 000's retry of a
// failed request, the reference document, and Test connection.
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { upstreamsForFile } from "@/test/upstream";
import { SEED_CRM_PARAMETERS, SEED_CRM_REQUEST_BODY, SEED_CRM_RESULT, seedCrmDefinition } from "@/test/seed-001-crm";
import { executeMethod, ExecutionError } from "./execute";
import { caught, createInstance, createWorkspace, definitionDocument, method, rowsOf } from "./execution-fixtures";
import { retryFailedRequest } from "./retry-request";
import { testConnection } from "./test-connection";

let workspaceId: string;
let actor: Actor;
const upstream = upstreamsForFile();

/** Answers in the CRM's own format, echoing what it was sent. */
function crmReply(body: unknown) {
  const contact = (body as { contact: Record<string, unknown> }).contact;
  return {
    status: 201,
    json: {
      contact_id: "cont_12345",
      contact: { first_name: contact.first_name, last_name: contact.last_name, email_address: contact.email_address },
      created_at: "2023-09-15T10:30:00Z",
    },
  };
}

const SEED_PARAMETERS = SEED_CRM_PARAMETERS;

beforeAll(async () => {
  workspaceId = await createWorkspace();
  actor = { kind: "user", id: "user-exec", userId: null, label: "exec@example.test", workspaceId, role: "operator" };
});

describe("seed 001: CRM Integration with Transformation", () => {
  it("createContact with the seed's parameters gives exactly the seed's output", async () => {
    const server = await upstream((request) => crmReply(request.json));
    const apiKey = "crm-api-key-7f3a9c";
    const id = await createInstance({
      workspaceId,
      document: seedCrmDefinition() as Record<string, unknown>,
      config: { baseUrl: server.url },
      secrets: { apiKey },
      status: "PENDING_AUTHENTICATION",
    });
    const run = await db.run.create({ data: { workspaceId, instanceId: id, trigger: "manual", status: "running" } });
    const result = await executeMethod({ workspaceId }, id, "createContact", SEED_PARAMETERS, {
      reference: { doctype: "Customer", docname: "CUST-0001" },
      runId: run.id,
    });
    expect(result.data).toEqual(SEED_CRM_RESULT);

    expect(server.requests).toHaveLength(1);
    const [sent] = server.requests;
    expect(sent.method).toBe("POST");
    expect(sent.path).toBe("/createContact");
    expect(sent.headers["x-api-key"]).toBe(apiKey);
    expect(sent.json).toEqual(SEED_CRM_REQUEST_BODY);

    const [row] = await rowsOf(result.requestIds);
    expect(row).toMatchObject({
      status: "Completed",
      statusCode: 201,
      integrationRequestService: "CRM Integration with Transformation",
      method: "createContact",
      httpMethod: "POST",
      attempt: 1,
      retryOfId: null,
      executionId: result.executionId,
      referenceDoctype: "Customer",
      referenceDocname: "CUST-0001",
      runId: run.id,
      instanceId: id,
      parameters: SEED_PARAMETERS,
    });
    expect(row.url).toBe(`${server.url}/createContact`);
    expect(JSON.parse(row.output ?? "null")).toMatchObject({ contact_id: "cont_12345" });
  });
});

describe("redaction", () => {
  it("no API key, bearer token or secret setting appears in any stored column", async () => {
    const apiKey = "ak_live_5b1e0c77d2";
    const bearer = "bearer-tok-91c2e4aa0f";
    const signingSecret = "sig-secret-3e8d11b7";
    // The upstream echoes everything it received, in its body and in an error message.
    const server = await upstream((request) => ({
      status: request.path === "/fail" ? 400 : 200,
      json: { message: `you sent ${JSON.stringify(request.headers)} ${request.url}`, echo: request.json ?? null, headers: request.headers },
    }));
    const echo = (name: string, extra: Record<string, unknown>) =>
      method(name, { paramSchema: { type: "object", properties: { note: { type: "string" }, password: { type: "string" } } }, ...extra });
    const withKey = await createInstance({
      workspaceId,
      document: definitionDocument({
        authType: "api_key",
        apiKey: { in: "query", name: "key" },
        configSchema: { type: "object", properties: { baseUrl: { type: "string" }, apiKey: { type: "string" }, signingSecret: { type: "string" } } },
        methods: [
          echo("echo", { http: { method: "POST", path: "/echo", headers: { "X-Signature": "{{config.signingSecret}}" } } }),
          echo("fail", { http: { method: "POST", path: "/fail", body: { note: "{{params.note}}", sig: "{{config.signingSecret}}" } } }),
        ],
      }),
      config: { baseUrl: server.url },
      secrets: { apiKey, signingSecret },
    });
    const withBearer = await createInstance({
      workspaceId,
      document: definitionDocument({ authType: "bearer", methods: [echo("echo", { http: { method: "POST", path: "/echo" } })] }),
      config: { baseUrl: server.url },
      secrets: { token: bearer },
    });

    const ids: string[] = [];
    ids.push(...(await executeMethod({ workspaceId }, withKey, "echo", { note: `copy of ${signingSecret}`, password: "hunter2-password" })).requestIds);
    ids.push(...(await caught<ExecutionError>(() => executeMethod({ workspaceId }, withKey, "fail", { note: apiKey }))).requestIds);
    ids.push(...(await executeMethod({ workspaceId }, withBearer, "echo", { note: `token ${bearer}` })).requestIds);

    // The secrets did reach the upstream…
    expect(server.requests[0].query.get("key")).toBe(apiKey);
    expect(server.requests[0].headers["x-signature"]).toBe(signingSecret);
    expect(server.requests[2].headers.authorization).toBe(`Bearer ${bearer}`);

    // …and none of them is stored.
    const rows = await db.integrationRequest.findMany({ where: { id: { in: ids } } });
    expect(rows).toHaveLength(3);
    const stored = JSON.stringify(rows);
    for (const secret of [apiKey, bearer, signingSecret, "hunter2-password"]) expect(stored).not.toContain(secret);
    expect(stored).toContain("[REDACTED]");
  });
});

describe("retryFailedRequest (seed 000)", () => {
  it("re-sends a failed request as a new execution whose first row points back at it", async () => {
    const server = await upstream([{ status: 500, json: { message: "database locked" } }, { json: { id: "c-1" } }]);
    const id = await createInstance({
      workspaceId,
      document: definitionDocument({ methods: [method("create", { http: { method: "POST", path: "/contacts" } })] }),
      config: { baseUrl: server.url },
    });
    const failed = await caught<ExecutionError>(() =>
      executeMethod({ workspaceId }, id, "create", { name: "Ada" }, { reference: { doctype: "Sales Invoice", docname: "SINV-001" } }),
    );
    expect(failed.code).toBe("UPSTREAM_ERROR");
    const [oldId] = failed.requestIds;

    const retried = await retryFailedRequest({ workspaceId }, oldId, actor);
    expect(retried.data).toEqual({ id: "c-1" });
    expect(retried.executionId).not.toBe(failed.executionId);
    const [row] = await rowsOf(retried.requestIds);
    expect(row).toMatchObject({
      status: "Completed",
      retryOfId: oldId,
      attempt: 1,
      method: "create",
      referenceDoctype: "Sales Invoice",
      referenceDocname: "SINV-001",
    });
    expect(server.requests.map((r) => r.json)).toEqual([{ name: "Ada" }, { name: "Ada" }]);
    const audit = await db.auditLog.findFirst({ where: { workspaceId, action: "request.retry", targetId: oldId } });
    expect(audit?.details).toMatchObject({ outcome: "Completed" });

    const again = await caught<ExecutionError>(() => retryFailedRequest({ workspaceId }, oldId, actor));
    expect(again.code).toBe("CONFLICT");
    expect(server.requests).toHaveLength(2);
    const completed = await caught<ExecutionError>(() => retryFailedRequest({ workspaceId }, row.id, actor));
    expect(completed.code).toBe("CONFLICT");
    expect(completed.message).toMatch(/Only failed requests/);
    const missing = await caught<ExecutionError>(() => retryFailedRequest({ workspaceId }, "no-such-row", actor));
    expect(missing.code).toBe("NOT_FOUND");
  });

  it("refuses rows that are not method calls", async () => {
    const row = await db.integrationRequest.create({
      data: { workspaceId, integrationRequestService: "Webhook", status: "Failed", direction: "inbound", method: "webhook" },
    });
    const error = await caught<ExecutionError>(() => retryFailedRequest({ workspaceId }, row.id, actor));
    expect(error.code).toBe("VALIDATION_ERROR");
  });
});

describe("testConnection", () => {
  it("runs the definition's testMethod and reports in plain words without throwing", async () => {
    const server = await upstream((request) => (request.path === "/ping" ? { json: { pong: true } } : { status: 401, json: {} }));
    const ok = await createInstance({ workspaceId, document: definitionDocument({ testMethod: "ping" }), config: { baseUrl: server.url } });
    await expect(testConnection({ workspaceId }, ok)).resolves.toMatchObject({ ok: true });

    const denied = await createInstance({
      workspaceId,
      document: definitionDocument({ testMethod: "secret", methods: [method("secret", { http: { method: "GET", path: "/secret" } })] }),
      config: { baseUrl: server.url },
    });
    const result = await testConnection({ workspaceId }, denied);
    expect(result).toMatchObject({ ok: false, code: "AUTHENTICATION_ERROR" });
    expect(result.message).toMatch(/credentials/);

    const none = await createInstance({ workspaceId, document: definitionDocument(), config: { baseUrl: server.url } });
    await expect(testConnection({ workspaceId }, none)).resolves.toMatchObject({ ok: false });
  });
});
