import type { Actor } from "@/lib/auth/actor";
import { db, Prisma } from "@/lib/db/client";

type Client = Pick<typeof db, "auditLog">;

/** Who did what to which record. Every mutating lib function calls this, inside its transaction when it has one. */
export async function recordAudit(
  actor: Actor,
  action: string,
  target: { type: string; id?: string | null },
  details?: Record<string, unknown>,
  client: Client = db,
) {
  await client.auditLog.create({
    data: {
      workspaceId: actor.workspaceId,
      actorType: actor.kind,
      actorId: actor.kind === "system" ? null : actor.id,
      actorLabel: actor.label,
      action,
      targetType: target.type,
      targetId: target.id ?? null,
      details: details === undefined ? Prisma.JsonNull : (details as Prisma.InputJsonValue),
    },
  });
}
