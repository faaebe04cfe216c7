import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { ValidationError } from "@/lib/errors";
import { connectionSummary, getAuthForRequest, saveCredentials } from "./credentials";
import { createTestInstance, createTestWorkspace } from "./test-fixtures";

describe("saved credentials", () => {
  it("stores an API key encrypted, marks the instance ACTIVE, and the summary carries no secret", async () => {
    const { workspaceId, actor } = await createTestWorkspace();
    const { instanceId } = await createTestInstance({ workspaceId, authType: "api_key" });
    const apiKey = "sk_live_abcdefghijklmnop";
    await saveCredentials(actor, instanceId, { type: "api_key", apiKey });
    const raw = await db.$queryRaw<{ credentials: string }[]>`SELECT "credentials" FROM "Connection" WHERE "instanceId" = ${instanceId}`;
    expect(raw[0].credentials).not.toContain(apiKey);
    expect(raw[0].credentials).toMatch(/^pb1\./);
    const summary = await connectionSummary(instanceId, workspaceId);
    expect(summary).toMatchObject({ connected: true, authType: "api_key", status: "ACTIVE", storedFields: ["apiKey"] });
    expect(JSON.stringify(summary)).not.toContain(apiKey);
    expect(await getAuthForRequest(instanceId)).toEqual({ type: "api_key", key: apiKey, in: "header", name: "X-API-Key" });
    expect(await db.auditLog.findFirst({ where: { targetId: instanceId }, select: { action: true, details: true } })).toEqual({
      action: "connection.credentials",
      details: { type: "api_key" },
    });
  });

  it("uses the definition's apiKey placement and falls back to the apiKey setting", async () => {
    const { workspaceId } = await createTestWorkspace();
    const { instanceId } = await createTestInstance({
      workspaceId,
      authType: "api_key",
      document: { apiKey: { in: "query", name: "key" } },
      secrets: { apiKey: "settings-key-123" },
    });
    expect(await getAuthForRequest(instanceId)).toEqual({ type: "api_key", key: "settings-key-123", in: "query", name: "key" });
    expect((await connectionSummary(instanceId)).connected).toBe(true);
  });

  it("stores basic, bearer and hmac secrets for matching definitions only", async () => {
    const { workspaceId, actor } = await createTestWorkspace();
    const basic = await createTestInstance({ workspaceId, authType: "basic" });
    await saveCredentials(actor, basic.instanceId, { type: "basic", username: "ada", password: "correct horse" });
    expect(await getAuthForRequest(basic.instanceId)).toEqual({ type: "basic", username: "ada", password: "correct horse" });

    const bearer = await createTestInstance({ workspaceId, authType: "bearer" });
    await saveCredentials(actor, bearer.instanceId, { type: "bearer", token: "tok_0123456789" });
    expect(await getAuthForRequest(bearer.instanceId)).toEqual({ type: "bearer", token: "tok_0123456789" });

    const hmac = await createTestInstance({ workspaceId, authType: "hmac" });
    await saveCredentials(actor, hmac.instanceId, { type: "hmac", secret: "whsec_abcdef" });
    expect((await connectionSummary(hmac.instanceId)).storedFields).toEqual(["secret"]);

    await expect(saveCredentials(actor, bearer.instanceId, { type: "api_key", apiKey: "nope" })).rejects.toBeInstanceOf(ValidationError);
  });

  it("refuses an instance of another workspace as not found", async () => {
    const first = await createTestWorkspace();
    const second = await createTestWorkspace();
    const { instanceId } = await createTestInstance({ workspaceId: first.workspaceId, authType: "bearer" });
    await expect(saveCredentials(second.actor, instanceId, { type: "bearer", token: "tok_x" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("an OAuth2 instance without a connection is not connected", async () => {
    const { workspaceId } = await createTestWorkspace();
    const { instanceId } = await createTestInstance({ workspaceId, document: { oauth2Config: { tokenUrl: "https://x.example/token" } } });
    expect(await connectionSummary(instanceId)).toMatchObject({ connected: false, status: "PENDING_AUTHENTICATION", storedFields: [] });
    await expect(getAuthForRequest(instanceId)).rejects.toThrow(/not connected/);
  });
});
