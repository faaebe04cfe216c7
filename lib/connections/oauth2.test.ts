import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { decryptJson, decryptSecret, encryptSecret } from "@/lib/crypto/secret-box";
import { AuthenticationError } from "@/lib/errors";
import type { OAuth2Credentials } from "./connection-store";
import { getAuthForRequest } from "./credentials";
import { completeOAuth2, disconnect, failOAuth2, startOAuth2 } from "./oauth2";
import { OAuthStateError } from "./oauth-state";
import { actorFor, createAcmeInstance, createTestWorkspace, startAcmeServer, type TestServer } from "./test-fixtures";
import { TokenGrantError } from "./token-grants";

let acme: TestServer;
beforeAll(async () => {
  acme = await startAcmeServer();
});
afterAll(async () => {
  await acme.close();
});

/** Plays the account owner on Acme's consent page: returns the redirect back to the hub. */
async function decide(authorizationUrl: string, decision: "approve" | "deny"): Promise<URL> {
  const params = new URL(authorizationUrl).searchParams;
  params.set("decision", decision);
  const response = await fetch(`${acme.url}/sandbox/acme/oauth/decision`, {
    method: "POST",
    body: params,
    redirect: "manual",
  });
  expect(response.status).toBe(303);
  return new URL(response.headers.get("location") as string);
}

async function connected(workspaceId: string, actor = actorFor(workspaceId)) {
  const acmeInstance = await createAcmeInstance(workspaceId, acme.url);
  const started = await startOAuth2(actor, acmeInstance.instanceId, { origin: "ui" });
  const back = await decide(started.authorizationUrl as string, "approve");
  return { ...acmeInstance, actor, started, code: back.searchParams.get("code") as string, state: back.searchParams.get("state") as string };
}

describe("OAuth2 authorization code flow", () => {
  it("connects: PKCE S256, tokens encrypted, instance ACTIVE, a Connected event", async () => {
    const { workspaceId, actor } = await createTestWorkspace();
    const flow = await connected(workspaceId, actor);
    const url = new URL(flow.started.authorizationUrl as string);
    expect(url.searchParams.get("client_id")).toBe(flow.clientId);
    expect(url.searchParams.get("response_type")).toBe("code");
    expect(url.searchParams.get("redirect_uri")).toMatch(/\/oauth\/callback$/);
    expect(url.searchParams.get("code_challenge_method")).toBe("S256");
    expect(url.searchParams.get("state")).toBe(flow.state);

    const result = await completeOAuth2(actor, { code: flow.code, state: flow.state, instanceId: flow.instanceId });
    expect(result).toMatchObject({ instanceId: flow.instanceId, workspaceId, origin: "ui" });
    const instance = await db.integrationInstance.findUniqueOrThrow({ where: { id: flow.instanceId }, include: { connection: true } });
    expect(instance.status).toBe("ACTIVE");
    expect(instance.statusReason).toBeNull();
    expect(instance.connection?.scopes).toEqual(["contacts.read", "contacts.write"]);
    expect(instance.connection?.expiresAt?.getTime()).toBeGreaterThan(Date.now());
    const credentials = decryptJson<OAuth2Credentials>(instance.connection?.credentials as string);
    expect(instance.connection?.credentials).not.toContain(credentials.accessToken);
    expect(credentials.refreshToken).toMatch(/^acme_rt_/);
    const events = await db.event.findMany({ where: { instanceId: flow.instanceId } });
    expect(events.map((e) => [e.level, e.summary])).toContainEqual(["info", "Connected"]);
    expect(await db.auditLog.count({ where: { targetId: flow.instanceId, action: "connection.connect" } })).toBe(1);

    const auth = await getAuthForRequest(flow.instanceId);
    expect(auth).toEqual({ type: "oauth2", accessToken: credentials.accessToken, tokenType: "bearer" });
  });

  it("puts the scope delimiter and additionalParameters into the authorization URL", async () => {
    const { workspaceId, actor } = await createTestWorkspace();
    const { instanceId } = await createAcmeInstance(workspaceId, acme.url, {
      scopeDelimiter: ",",
      scopes: ["contacts.read", "contacts.write"],
      additionalParameters: { access_type: "offline", prompt: "consent", client_id: "must-not-override" },
    });
    const { authorizationUrl } = await startOAuth2(actor, instanceId, { origin: "api", redirectUri: "https://client.example/cb" });
    const url = new URL(authorizationUrl as string);
    expect(url.searchParams.get("scope")).toBe("contacts.read,contacts.write");
    expect(url.searchParams.get("access_type")).toBe("offline");
    expect(url.searchParams.get("prompt")).toBe("consent");
    expect(url.searchParams.get("client_id")).toMatch(/^client-/);
    expect(url.searchParams.get("redirect_uri")).toBe("https://client.example/cb");
  });

  it("sends the client secret in HTTP Basic for authStyle header and in the body for authStyle body", async () => {
    const { workspaceId } = await createTestWorkspace();
    for (const authStyle of ["header", "body"] as const) {
      const actor = actorFor(workspaceId);
      const instance = await createAcmeInstance(workspaceId, acme.url, { authStyle });
      const started = await startOAuth2(actor, instance.instanceId, { origin: "ui" });
      const back = await decide(started.authorizationUrl as string, "approve");
      const before = acme.seen.length;
      await completeOAuth2(actor, { code: back.searchParams.get("code") as string, state: started.state as string });
      const tokenCall = acme.seen.slice(before).find((r) => r.path.endsWith("/oauth/token"));
      const body = new URLSearchParams(tokenCall?.body);
      if (authStyle === "header") {
        expect(tokenCall?.authorization).toMatch(/^Basic /);
        expect(body.get("client_secret")).toBeNull();
      } else {
        expect(tokenCall?.authorization).toBeNull();
        expect(body.get("client_secret")).toBe(instance.clientSecret);
      }
      expect(body.get("code_verifier")).toBeTruthy();
    }
  });
});

describe("OAuth2 state checks", () => {
  it("refuses an unknown, reused, expired, other user's or other instance's state in plain words", async () => {
    const { workspaceId, actor } = await createTestWorkspace();
    const flow = await connected(workspaceId, actor);
    const other = await createAcmeInstance(workspaceId, acme.url);

    const refused = async (promise: Promise<unknown>, problem: string) => {
      const error = await promise.then(() => null, (e: unknown) => e);
      expect(error).toBeInstanceOf(AuthenticationError);
      expect((error as OAuthStateError).problem).toBe(problem);
      return (error as Error).message;
    };
    expect(await refused(completeOAuth2(actor, { code: flow.code, state: "not-a-state" }), "unknown")).toMatch(/unknown state/);
    expect(await refused(completeOAuth2(actorFor(workspaceId), { code: flow.code, state: flow.state }), "other_user")).toMatch(/another user/);
    expect(await refused(completeOAuth2(actor, { code: flow.code, state: flow.state, instanceId: other.instanceId }), "other_instance")).toMatch(/another integration instance/);
    await completeOAuth2(actor, { code: flow.code, state: flow.state, instanceId: flow.instanceId });
    expect(await refused(completeOAuth2(actor, { code: flow.code, state: flow.state }), "used")).toMatch(/already used/);

    const late = await startOAuth2(actor, other.instanceId, { origin: "ui" });
    await db.oAuthState.updateMany({ where: { instanceId: other.instanceId }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await refused(completeOAuth2(actor, { code: "x", state: late.state as string }), "expired")).toMatch(/expired/);
  });

  it("stores the state hashed and the verifier encrypted", async () => {
    const { workspaceId, actor } = await createTestWorkspace();
    const { instanceId } = await createAcmeInstance(workspaceId, acme.url);
    const { state } = await startOAuth2(actor, instanceId, { origin: "ui" });
    const row = await db.oAuthState.findFirstOrThrow({ where: { instanceId } });
    expect(row.stateHash).not.toBe(state);
    expect(row.userId).toBe(actor.userId);
    expect(row.expiresAt.getTime() - Date.now()).toBeLessThanOrEqual(10 * 60 * 1000);
    expect(decryptSecret(row.codeVerifier)).toMatch(/^[A-Za-z0-9_-]{43,}$/);
  });
});

describe("provider answers", () => {
  it("a wrong PKCE verifier gets invalid_grant from the sandbox and the instance FAILED", async () => {
    const { workspaceId, actor } = await createTestWorkspace();
    const flow = await connected(workspaceId, actor);
    await db.oAuthState.updateMany({ where: { instanceId: flow.instanceId }, data: { codeVerifier: encryptSecret("x".repeat(50)) } });
    const error = await completeOAuth2(actor, { code: flow.code, state: flow.state }).then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(TokenGrantError);
    expect((error as TokenGrantError).oauthError).toBe("invalid_grant");
    const instance = await db.integrationInstance.findUniqueOrThrow({ where: { id: flow.instanceId } });
    expect(instance.status).toBe("FAILED");
    expect(instance.statusReason).toMatch(/invalid_grant/);
  });

  it("Deny: instance FAILED with the reason in plain words and an error event", async () => {
    const { workspaceId, actor } = await createTestWorkspace();
    const { instanceId } = await createAcmeInstance(workspaceId, acme.url);
    const started = await startOAuth2(actor, instanceId, { origin: "ui" });
    const back = await decide(started.authorizationUrl as string, "deny");
    expect(back.searchParams.get("error")).toBe("access_denied");
    const result = await failOAuth2(back.searchParams.get("state") as string, "access_denied", back.searchParams.get("error_description"), { userId: actor.userId });
    expect(result.instanceId).toBe(instanceId);
    const instance = await db.integrationInstance.findUniqueOrThrow({ where: { id: instanceId } });
    expect(instance.status).toBe("FAILED");
    expect(instance.statusReason).toBe("The account owner denied access (access_denied)");
    expect(await db.event.count({ where: { instanceId, level: "error" } })).toBe(1);
  });

  it("client credentials: Connect fetches a token without a browser", async () => {
    const { workspaceId, actor } = await createTestWorkspace();
    const { instanceId } = await createAcmeInstance(workspaceId, acme.url, { grantType: "client_credentials", authorizationUrl: undefined, scopes: ["contacts.read"] });
    const result = await startOAuth2(actor, instanceId, { origin: "ui" });
    expect(result).toEqual({ authorizationUrl: null, state: null, connected: true });
    const auth = await getAuthForRequest(instanceId);
    expect(auth.type).toBe("oauth2");
    const api = await fetch(`${acme.url}/sandbox/acme/api/contacts`, { headers: { Authorization: `Bearer ${(auth as { accessToken: string }).accessToken}` } });
    expect(api.status).toBe(200);
    const connection = await db.connection.findUniqueOrThrow({ where: { instanceId } });
    expect(connection.scopes).toEqual(["contacts.read"]);
  });
});

describe("disconnect and the request log", () => {
  it("revokes, forgets the connection, and no token call stored a secret", async () => {
    const { workspaceId, actor } = await createTestWorkspace();
    const flow = await connected(workspaceId, actor);
    const verifier = decryptSecret((await db.oAuthState.findFirstOrThrow({ where: { instanceId: flow.instanceId } })).codeVerifier);
    await completeOAuth2(actor, { code: flow.code, state: flow.state });
    const connection = await db.connection.findUniqueOrThrow({ where: { instanceId: flow.instanceId } });
    const tokens = decryptJson<OAuth2Credentials>(connection.credentials);

    await disconnect(actor, flow.instanceId);
    const instance = await db.integrationInstance.findUniqueOrThrow({ where: { id: flow.instanceId }, include: { connection: true } });
    expect(instance.status).toBe("PENDING_AUTHENTICATION");
    expect(instance.connection).toBeNull();
    const api = await fetch(`${acme.url}/sandbox/acme/api/contacts`, { headers: { Authorization: `Bearer ${tokens.accessToken}` } });
    expect(api.status).toBe(401);

    const rows = await db.integrationRequest.findMany({ where: { instanceId: flow.instanceId } });
    expect(rows.map((r) => r.method).sort()).toEqual(["oauth2.revoke", "oauth2.revoke", "oauth2.token"]);
    expect(rows.every((r) => r.status === "Completed")).toBe(true);
    const stored = JSON.stringify(rows);
    for (const secret of [flow.clientSecret, flow.code, verifier, tokens.accessToken, tokens.refreshToken as string]) {
      expect(stored).not.toContain(secret);
    }
    expect(rows[0].integrationRequestService).toMatch(/^Test /);
  });
});
