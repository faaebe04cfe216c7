import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { randomToken } from "@/lib/crypto/hash";
import { handleBrowserCallback } from "./browser-callback";
import { startOAuth2 } from "./oauth2";
import { actorFor, createAcmeInstance, createTestWorkspace, startAcmeServer, type TestServer } from "./test-fixtures";

let acme: TestServer;
beforeAll(async () => {
  acme = await startAcmeServer();
});
afterAll(async () => {
  await acme.close();
});

async function operator() {
  const { workspaceId } = await createTestWorkspace();
  const user = await db.user.create({ data: { email: `${randomToken(6)}@example.test`, passwordHash: "x" } });
  await db.membership.create({ data: { workspaceId, userId: user.id, role: "operator" } });
  return { workspaceId, actor: actorFor(workspaceId, user.id) };
}

async function providerAnswer(authorizationUrl: string, decision: "approve" | "deny") {
  const params = new URL(authorizationUrl).searchParams;
  params.set("decision", decision);
  const response = await fetch(`${acme.url}/sandbox/acme/oauth/decision`, { method: "POST", body: params, redirect: "manual" });
  return new URL(response.headers.get("location") as string).searchParams;
}

describe("/oauth/callback", () => {
  it("Approve: connects and sends the browser to the instance's connection tab", async () => {
    const { workspaceId, actor } = await operator();
    const { instanceId } = await createAcmeInstance(workspaceId, acme.url);
    const started = await startOAuth2(actor, instanceId, { origin: "ui" });
    const back = await providerAnswer(started.authorizationUrl as string, "approve");
    const target = new URL(await handleBrowserCallback(actor.userId as string, { code: back.get("code"), state: back.get("state"), error: null, errorDescription: null }));
    expect(target.pathname).toBe(`/integrations/${instanceId}`);
    expect(target.searchParams.get("tab")).toBe("connection");
    expect(target.searchParams.get("connected")).toBe("1");
    expect((await db.integrationInstance.findUniqueOrThrow({ where: { id: instanceId } })).status).toBe("ACTIVE");
  });

  it("Deny and a foreign user's state end with connect_error in plain words", async () => {
    const { workspaceId, actor } = await operator();
    const { instanceId } = await createAcmeInstance(workspaceId, acme.url);
    const started = await startOAuth2(actor, instanceId, { origin: "ui" });
    const back = await providerAnswer(started.authorizationUrl as string, "deny");
    const params = { code: null, state: back.get("state"), error: back.get("error"), errorDescription: back.get("error_description") };

    const stranger = await operator();
    const refused = new URL(await handleBrowserCallback(stranger.actor.userId as string, params));
    expect(refused.searchParams.get("connect_error")).toMatch(/another user/);

    const denied = new URL(await handleBrowserCallback(actor.userId as string, params));
    expect(denied.searchParams.get("connect_error")).toBe("The account owner denied access (access_denied)");
    expect((await db.integrationInstance.findUniqueOrThrow({ where: { id: instanceId } })).status).toBe("FAILED");
  });
});
