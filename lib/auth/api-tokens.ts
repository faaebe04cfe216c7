import { db } from "@/lib/db/client";
import { sql } from "@/lib/db/sql";
import { randomToken, sha256 } from "@/lib/crypto/hash";
import { AuthenticationError, NotFoundError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record";
import type { Actor } from "./actor";
import { assertRole } from "./membership";
import type { Role } from "./roles";

const TOKEN_PREFIX = "pbk_";
const LAST_USED_RESOLUTION_MS = 60_000;

type TokenRow = { id: string; name: string; role: Role; workspaceId: string; revokedAt: Date | null; expiresAt: Date | null; lastUsedAt: Date | null };

export type CreatedToken = { id: string; name: string; role: Role; prefix: string; token: string };

/** Creates an API token; the raw value is returned once and only its SHA-256 is stored. */
export async function createApiToken(
  actor: Actor,
  input: { name: string; role: Role; expiresAt?: Date | null },
): Promise<CreatedToken> {
  const token = `${TOKEN_PREFIX}${randomToken(30)}`;
  const prefix = token.slice(0, TOKEN_PREFIX.length + 6);
  const row = await db.apiToken.create({
    data: {
      workspaceId: actor.workspaceId,
      name: input.name,
      role: input.role,
      tokenHash: sha256(token),
      prefix,
      createdById: actor.kind === "user" ? actor.userId : null,
      expiresAt: input.expiresAt ?? null,
    },
  });
  await recordAudit(actor, "api_token.create", { type: "ApiToken", id: row.id }, { name: input.name, role: input.role });
  return { id: row.id, name: row.name, role: row.role, prefix, token };
}

export async function revokeApiToken(actor: Actor, tokenId: string) {
  const row = await db.apiToken.findFirst({ where: { id: tokenId, workspaceId: actor.workspaceId } });
  if (!row) throw new NotFoundError("The API token");
  if (!row.revokedAt) {
    await db.apiToken.update({ where: { id: row.id }, data: { revokedAt: new Date() } });
    await recordAudit(actor, "api_token.revoke", { type: "ApiToken", id: row.id }, { name: row.name });
  }
}

export async function listApiTokens(workspaceId: string) {
  return db.apiToken.findMany({
    where: { workspaceId },
    orderBy: [{ revokedAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }],
    select: { id: true, name: true, role: true, prefix: true, lastUsedAt: true, revokedAt: true, expiresAt: true, createdAt: true, createdBy: { select: { email: true } } },
  });
}

/** Authenticates `Authorization: Bearer <token>` and checks the token's role. */
export async function actorFromBearer(authorization: string | null, needed: Role): Promise<Actor> {
  const match = authorization?.match(/^Bearer\s+(\S+)\s*$/i);
  if (!match) throw new AuthenticationError("Send an API token as `Authorization: Bearer <token>`.");
  // Straight on the pool: this runs on every API call (see lib/db/sql).
  const [row] = await sql<TokenRow>`
    SELECT "id", "name", "role"::text AS "role", "workspaceId", "revokedAt", "expiresAt", "lastUsedAt"
    FROM "ApiToken" WHERE "tokenHash" = ${sha256(match[1])}`;
  if (!row || row.revokedAt) throw new AuthenticationError("The API token is not valid or has been revoked.");
  if (row.expiresAt && row.expiresAt < new Date()) throw new AuthenticationError("The API token has expired.");
  const now = Date.now();
  if (!row.lastUsedAt || now - row.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
    await db.apiToken.update({ where: { id: row.id }, data: { lastUsedAt: new Date(now) } });
  }
  const actor: Actor = { kind: "token", id: row.id, userId: null, label: `token ${row.name}`, workspaceId: row.workspaceId, role: row.role };
  assertRole(actor, needed);
  return actor;
}
