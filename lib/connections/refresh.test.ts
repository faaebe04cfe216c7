import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { decryptJson, encryptJson } from "@/lib/crypto/secret-box";
import { AuthenticationError } from "@/lib/errors";
import type { OAuth2Credentials } from "./connection-store";
import { getAuthForRequest } from "./credentials";
import { completeOAuth2, startOAuth2 } from "./oauth2";
import { INVALID_GRANT_REASON, refreshWithLock } from "./refresh";
import { createAcmeInstance, createTestWorkspace, startAcmeServer, startServer, type TestServer } from "./test-fixtures";

let acme: TestServer;
beforeAll(async () => {
  acme = await startAcmeServer();
});
afterAll(async () => {
  await acme.close();
});

async function connectedInstance(oauth2Config: Record<string, unknown> = {}) {
  const { workspaceId, actor } = await createTestWorkspace();
  const instance = await createAcmeInstance(workspaceId, acme.url, oauth2Config);
  const started = await startOAuth2(actor, instance.instanceId, { origin: "ui" });
  const params = new URL(started.authorizationUrl as string).searchParams;
  params.set("decision", "approve");
  const back = await fetch(`${acme.url}/sandbox/acme/oauth/decision`, { method: "POST", body: params, redirect: "manual" });
  const code = new URL(back.headers.get("location") as string).searchParams.get("code") as string;
  await completeOAuth2(actor, { code, state: started.state as string });
  return instance;
}

async function expire(instanceId: string) {
  await db.connection.update({ where: { instanceId }, data: { expiresAt: new Date(Date.now() - 1000) } });
}

async function refreshCalls(clientId: string): Promise<number> {
  const response = await fetch(`${acme.url}/sandbox/acme/oauth/stats?client_id=${clientId}`);
  const body = (await response.json()) as { calls: Record<string, number> };
  return body.calls.refresh_token ?? 0;
}

async function storedTokens(instanceId: string) {
  const connection = await db.connection.findUniqueOrThrow({ where: { instanceId } });
  return decryptJson<OAuth2Credentials>(connection.credentials);
}

describe("token refresh", () => {
  it("20 concurrent callers on an expired token: one refresh reaches the provider, all get the new token", async () => {
    const { instanceId, clientId } = await connectedInstance();
    const before = await storedTokens(instanceId);
    await expire(instanceId);
    const results = await Promise.all(Array.from({ length: 20 }, () => getAuthForRequest(instanceId)));
    const after = await storedTokens(instanceId);
    expect(await refreshCalls(clientId)).toBe(1);
    expect(after.accessToken).not.toBe(before.accessToken);
    expect(after.refreshToken).not.toBe(before.refreshToken);
    expect(new Set(results.map((r) => (r as { accessToken: string }).accessToken))).toEqual(new Set([after.accessToken]));
    const connection = await db.connection.findUniqueOrThrow({ where: { instanceId } });
    expect(connection.lastRefreshedAt).not.toBeNull();
    expect(connection.expiresAt?.getTime()).toBeGreaterThan(Date.now());
    const refreshLogs = await db.integrationRequest.findMany({ where: { instanceId, method: "oauth2.refresh" } });
    expect(refreshLogs).toHaveLength(1);
    const logged = JSON.stringify(refreshLogs);
    for (const secret of [before.refreshToken as string, after.accessToken, after.refreshToken as string]) expect(logged).not.toContain(secret);
  });

  it("the database lock alone makes callers that do not share memory refresh once", async () => {
    const { instanceId, clientId } = await connectedInstance();
    await expire(instanceId);
    const results = await Promise.all(Array.from({ length: 5 }, () => refreshWithLock(instanceId)));
    expect(await refreshCalls(clientId)).toBe(1);
    expect(new Set(results.map((r) => r.accessToken)).size).toBe(1);
  });

  it("a token that is still valid is used without calling the provider", async () => {
    const { instanceId, clientId } = await connectedInstance();
    await getAuthForRequest(instanceId);
    expect(await refreshCalls(clientId)).toBe(0);
  });

  it("invalid_grant: instance FAILED with a plain reason, an error event, and no further provider calls", async () => {
    const { instanceId, clientId } = await connectedInstance();
    const tokens = await storedTokens(instanceId);
    await db.connection.update({
      where: { instanceId },
      data: { credentials: encryptJson({ ...tokens, refreshToken: "acme_rt_revoked-or-unknown" }), expiresAt: new Date(Date.now() - 1000) },
    });
    const error = await getAuthForRequest(instanceId).then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect((error as Error).message).toBe(INVALID_GRANT_REASON);
    const instance = await db.integrationInstance.findUniqueOrThrow({ where: { id: instanceId } });
    expect(instance.status).toBe("FAILED");
    expect(instance.statusReason).toBe(INVALID_GRANT_REASON);
    expect(await db.event.count({ where: { instanceId, level: "error", summary: "Token refresh failed" } })).toBe(1);
    await expect(getAuthForRequest(instanceId)).rejects.toThrow(INVALID_GRANT_REASON);
    expect(await refreshCalls(clientId)).toBe(1);
  });

  it("a rotated-out refresh token is refused by the provider", async () => {
    const { instanceId } = await connectedInstance();
    const old = await storedTokens(instanceId);
    await expire(instanceId);
    await getAuthForRequest(instanceId);
    await db.connection.update({ where: { instanceId }, data: { credentials: encryptJson(old), expiresAt: new Date(Date.now() - 1000) } });
    await expect(getAuthForRequest(instanceId)).rejects.toThrow(/invalid_grant/);
  });

  it("a provider that keeps failing with 503 is tried 3 times, then TEMPORARY_ERROR", async () => {
    const down = await startServer(async () => Response.json({ error: "temporarily_unavailable" }, { status: 503 }));
    try {
      const { instanceId } = await connectedInstance({ refreshUrl: `${down.url}/token` });
      await expire(instanceId);
      const error = await getAuthForRequest(instanceId).then(() => null, (e: unknown) => e);
      expect(error).toMatchObject({ code: "TEMPORARY_ERROR", status: 503 });
      expect(down.seen).toHaveLength(3);
      const instance = await db.integrationInstance.findUniqueOrThrow({ where: { id: instanceId } });
      expect(instance.status).toBe("ACTIVE");
      const failed = await db.integrationRequest.findMany({ where: { instanceId, method: "oauth2.refresh" } });
      expect(failed.map((r) => [r.status, r.errorCode])).toEqual(Array(3).fill(["Failed", "TEMPORARY_ERROR"]));
    } finally {
      await down.close();
    }
  });
});
