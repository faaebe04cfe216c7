import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { AuthenticationError, PermissionError } from "@/lib/errors";
import { createWorkspace, createMember, actorFor, uniqueName } from "@/test/fixtures";
import { memberActor } from "./membership";
import { actorFromBearer, createApiToken, revokeApiToken } from "./api-tokens";
import { MAX_FAILURES_PER_ACCOUNT, MAX_FAILURES_PER_ADDRESS, SignInError, signInWithPassword } from "./sign-in";

let workspaceId: string;
beforeAll(async () => {
  workspaceId = (await createWorkspace()).id;
});

describe("role guard", () => {
  it("lets each role do what it may and refuses the rest with a plain message", async () => {
    const viewer = await createMember(workspaceId, "viewer");
    const operator = await createMember(workspaceId, "operator");
    const admin = await createMember(workspaceId, "admin");

    await expect(memberActor(viewer.user.id, workspaceId, "viewer")).resolves.toMatchObject({ role: "viewer", workspaceId });
    await expect(memberActor(viewer.user.id, workspaceId, "operator")).rejects.toThrow(PermissionError);
    await expect(memberActor(viewer.user.id, workspaceId, "operator")).rejects.toThrow(
      "Your role is viewer: only operators and admins can change integrations, connect accounts, run or retry.",
    );
    await expect(memberActor(operator.user.id, workspaceId, "operator")).resolves.toMatchObject({ role: "operator" });
    await expect(memberActor(operator.user.id, workspaceId, "admin")).rejects.toThrow(/only admins/);
    await expect(memberActor(admin.user.id, workspaceId, "admin")).resolves.toMatchObject({ role: "admin" });
  });

  it("reads the role from the database each time, so a change applies at once", async () => {
    const member = await createMember(workspaceId, "operator");
    await memberActor(member.user.id, workspaceId, "operator");
    await db.membership.update({ where: { workspaceId_userId: { workspaceId, userId: member.user.id } }, data: { role: "viewer" } });
    await expect(memberActor(member.user.id, workspaceId, "operator")).rejects.toThrow(PermissionError);
  });

  it("never lets a member act in a workspace they do not belong to", async () => {
    const other = await createWorkspace();
    const member = await createMember(workspaceId, "admin");
    const actor = await memberActor(member.user.id, other.id, "viewer");
    expect(actor.workspaceId).toBe(workspaceId);
    const outsider = await db.user.create({ data: { email: `${uniqueName("x")}@example.test`, passwordHash: "x" } });
    await expect(memberActor(outsider.id, workspaceId, "viewer")).rejects.toThrow(AuthenticationError);
  });
});

describe("API tokens", () => {
  it("authenticates a bearer token stored only as a hash, and records its last use", async () => {
    const admin = await actorFor(workspaceId, "admin");
    const created = await createApiToken(admin, { name: "ci", role: "operator" });
    const row = await db.apiToken.findUniqueOrThrow({ where: { id: created.id } });
    expect(JSON.stringify(row)).not.toContain(created.token);

    const actor = await actorFromBearer(`Bearer ${created.token}`, "operator");
    expect(actor).toMatchObject({ kind: "token", workspaceId, role: "operator" });
    expect((await db.apiToken.findUniqueOrThrow({ where: { id: created.id } })).lastUsedAt).not.toBeNull();
    await expect(actorFromBearer(`Bearer ${created.token}`, "admin")).rejects.toThrow(PermissionError);
  });

  it("refuses a missing, unknown, revoked or expired token", async () => {
    const admin = await actorFor(workspaceId, "admin");
    await expect(actorFromBearer(null, "viewer")).rejects.toThrow(AuthenticationError);
    await expect(actorFromBearer("Basic abc", "viewer")).rejects.toThrow(AuthenticationError);
    await expect(actorFromBearer("Bearer pbk_unknown", "viewer")).rejects.toThrow(/not valid/);

    const revoked = await createApiToken(admin, { name: "old", role: "admin" });
    await revokeApiToken(admin, revoked.id);
    await expect(actorFromBearer(`Bearer ${revoked.token}`, "viewer")).rejects.toThrow(/revoked/);

    const expired = await createApiToken(admin, { name: "expired", role: "admin", expiresAt: new Date(Date.now() - 1000) });
    await expect(actorFromBearer(`Bearer ${expired.token}`, "viewer")).rejects.toThrow(/expired/);
  });

  it("audits token creation and revocation", async () => {
    const admin = await actorFor(workspaceId, "admin");
    const created = await createApiToken(admin, { name: "audited", role: "viewer" });
    await revokeApiToken(admin, created.id);
    const actions = await db.auditLog.findMany({ where: { targetId: created.id }, orderBy: { createdAt: "asc" } });
    expect(actions.map((a) => a.action)).toEqual(["api_token.create", "api_token.revoke"]);
    expect(actions[0].actorLabel).toBe(admin.label);
  });
});

describe("sign-in rate limiting", () => {
  it("locks an account after repeated failures, even for the right password", async () => {
    const member = await createMember(workspaceId, "viewer");
    await expect(signInWithPassword(member.email, member.password, "10.0.0.1")).resolves.toMatchObject({ email: member.email });
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT; i++) {
      await expect(signInWithPassword(member.email, "wrong", `10.0.1.${i}`)).rejects.toThrow("Wrong e-mail or password.");
    }
    await expect(signInWithPassword(member.email, member.password, "10.0.2.1")).rejects.toThrow(/Too many failed sign-in attempts/);
    const rows = await db.signInAttempt.count({ where: { email: member.email } });
    expect(rows).toBe(MAX_FAILURES_PER_ACCOUNT + 1);
  });

  it("limits one address trying many accounts", async () => {
    const ip = `10.9.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
    for (let i = 0; i < MAX_FAILURES_PER_ADDRESS; i++) {
      await expect(signInWithPassword(`${uniqueName("nobody")}@example.test`, "x", ip)).rejects.toThrow(SignInError);
    }
    const member = await createMember(workspaceId, "viewer");
    await expect(signInWithPassword(member.email, member.password, ip)).rejects.toThrow(/Too many/);
    await expect(signInWithPassword(member.email, member.password, "10.8.0.1")).resolves.toBeTruthy();
  });
});
