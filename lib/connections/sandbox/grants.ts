// Codes, tokens and counters of the sandbox provider in SandboxGrant, so that several hub
// processes act as one provider. Codes and tokens are stored only as their SHA-256.
import { db, Prisma } from "@/lib/db/client";
import { randomToken, sha256 } from "@/lib/crypto/hash";

export type GrantKind = "code" | "access_token" | "refresh_token";

export type GrantData = { clientId: string; scope: string; redirectUri?: string; codeChallenge?: string };

export async function issueGrant(kind: GrantKind, data: GrantData, ttlSeconds: number | null): Promise<string> {
  const prefix = { code: "acme_code_", access_token: "acme_at_", refresh_token: "acme_rt_" }[kind];
  const value = `${prefix}${randomToken(24)}`;
  await db.sandboxGrant.create({
    data: {
      kind,
      keyHash: sha256(`${kind}:${value}`),
      data: data as Prisma.InputJsonValue,
      expiresAt: ttlSeconds === null ? null : new Date(Date.now() + ttlSeconds * 1000),
    },
  });
  return value;
}

/** A live (unused, unexpired) grant, or null. */
export async function findGrant(kind: GrantKind, value: string): Promise<GrantData | null> {
  const row = await db.sandboxGrant.findUnique({ where: { keyHash: sha256(`${kind}:${value}`) } });
  if (!row || row.kind !== kind || row.usedAt || (row.expiresAt && row.expiresAt.getTime() <= Date.now())) return null;
  return row.data as GrantData;
}

/** Uses a grant up atomically: of two concurrent callers only one gets it. */
export async function takeGrant(kind: GrantKind, value: string): Promise<GrantData | null> {
  const keyHash = sha256(`${kind}:${value}`);
  const taken = await db.sandboxGrant.updateMany({
    where: { keyHash, kind, usedAt: null, OR: [{ expiresAt: null }, { expiresAt: { gt: new Date() } }] },
    data: { usedAt: new Date() },
  });
  if (taken.count !== 1) return null;
  const row = await db.sandboxGrant.findUnique({ where: { keyHash } });
  return row ? (row.data as GrantData) : null;
}

/** Adds 1 to `field` (and to `total`) of a counter row; returns the counters after the increment. */
export async function incrementCounter(kind: string, key: string, field: string): Promise<Record<string, number>> {
  const rows = await db.$queryRaw<{ data: Record<string, number> }[]>`
    INSERT INTO "SandboxGrant" ("id", "kind", "keyHash", "data", "createdAt")
    VALUES (${randomToken(16)}, ${kind}, ${`${kind}:${key}`}, jsonb_build_object(${field}::text, 1, 'total', 1), now())
    ON CONFLICT ("keyHash") DO UPDATE SET "data" = "SandboxGrant"."data" || jsonb_build_object(
      ${field}::text, COALESCE(("SandboxGrant"."data"->>${field}::text)::int, 0) + 1,
      'total', COALESCE(("SandboxGrant"."data"->>'total')::int, 0) + 1)
    RETURNING "data"`;
  return rows[0]?.data ?? {};
}

export async function readCounter(kind: string, key: string): Promise<Record<string, number>> {
  const row = await db.sandboxGrant.findUnique({ where: { keyHash: `${kind}:${key}` } });
  return (row?.data as Record<string, number> | undefined) ?? {};
}

/** Inserts a marker row once; true for the one caller that inserted it. */
export async function claimOnce(key: string): Promise<boolean> {
  const rows = await db.$queryRaw<{ id: string }[]>`
    INSERT INTO "SandboxGrant" ("id", "kind", "keyHash", "data", "createdAt")
    VALUES (${randomToken(16)}, 'marker', ${`marker:${key}`}, '{}'::jsonb, now())
    ON CONFLICT ("keyHash") DO NOTHING RETURNING "id"`;
  return rows.length === 1;
}
