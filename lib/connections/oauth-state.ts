// One-time OAuth2 state: random, stored only as its SHA-256 with the encrypted PKCE verifier,
// valid 10 minutes, bound to the instance, the workspace and (for the browser flow) the operator.
import * as oauth from "oauth4webapi";
import { db } from "@/lib/db/client";
import { decryptSecret, encryptSecret } from "@/lib/crypto/secret-box";
import { randomToken, sha256 } from "@/lib/crypto/hash";
import { AuthenticationError } from "@/lib/errors";

export const STATE_TTL_MS = 10 * 60 * 1000;

export type StateProblem = "unknown" | "used" | "expired" | "other_user" | "other_instance" | "other_workspace";

const MESSAGES: Record<StateProblem, string> = {
  unknown: "This authorisation response is not one Patchbay started (unknown state). Press Connect again.",
  used: "This authorisation response was already used (the state is single-use). Press Connect again.",
  expired: "This authorisation response came too late: the state expired after 10 minutes. Press Connect again.",
  other_user: "This authorisation was started by another user, so it cannot be completed by you. Press Connect yourself.",
  other_instance: "This authorisation response belongs to another integration instance. Press Connect again on this one.",
  other_workspace: "This authorisation response belongs to another workspace. Press Connect again.",
};

/** A refused state; `problem` says which check failed. */
export class OAuthStateError extends AuthenticationError {
  constructor(readonly problem: StateProblem) {
    super(MESSAGES[problem]);
    this.name = "OAuthStateError";
  }
}

export type CreatedState = { state: string; codeVerifier: string; codeChallenge: string };

export async function createOAuthState(input: {
  workspaceId: string;
  instanceId: string;
  userId: string | null;
  redirectUri: string;
  origin: "ui" | "api";
}): Promise<CreatedState> {
  const state = randomToken(32);
  const codeVerifier = oauth.generateRandomCodeVerifier();
  const codeChallenge = await oauth.calculatePKCECodeChallenge(codeVerifier);
  await db.oAuthState.create({
    data: {
      stateHash: sha256(state),
      workspaceId: input.workspaceId,
      instanceId: input.instanceId,
      userId: input.userId,
      codeVerifier: encryptSecret(codeVerifier),
      redirectUri: input.redirectUri,
      origin: input.origin,
      expiresAt: new Date(Date.now() + STATE_TTL_MS),
    },
  });
  return { state, codeVerifier, codeChallenge };
}

export type StateRecord = { id: string; workspaceId: string; instanceId: string; userId: string | null; redirectUri: string; origin: string; codeVerifier: string };

/** Looks a state up without using it (to know its instance, e.g. on the deny path). */
export async function findOAuthState(state: string) {
  return db.oAuthState.findUnique({ where: { stateHash: sha256(state) } });
}

/**
 * Checks every binding and marks the state used, atomically: of two callers with the same state
 * only one gets it. A state refused for another reason is left untouched.
 */
export async function consumeOAuthState(
  state: string,
  expected: { workspaceId?: string; instanceId?: string; userId: string | null },
): Promise<StateRecord> {
  const row = await findOAuthState(state);
  if (!row) throw new OAuthStateError("unknown");
  if (expected.workspaceId !== undefined && row.workspaceId !== expected.workspaceId) throw new OAuthStateError("other_workspace");
  if (expected.instanceId !== undefined && row.instanceId !== expected.instanceId) throw new OAuthStateError("other_instance");
  if (row.userId !== null && row.userId !== expected.userId) throw new OAuthStateError("other_user");
  if (row.usedAt) throw new OAuthStateError("used");
  if (row.expiresAt.getTime() <= Date.now()) throw new OAuthStateError("expired");
  const claimed = await db.oAuthState.updateMany({ where: { id: row.id, usedAt: null }, data: { usedAt: new Date() } });
  if (claimed.count !== 1) throw new OAuthStateError("used");
  return {
    id: row.id,
    workspaceId: row.workspaceId,
    instanceId: row.instanceId,
    userId: row.userId,
    redirectUri: row.redirectUri,
    origin: row.origin,
    codeVerifier: decryptSecret(row.codeVerifier),
  };
}
