import { db } from "@/lib/db/client";
import { AuthenticationError, PermissionError } from "@/lib/errors";
import type { Actor } from "./actor";
import { hasRole, refusalMessage, type Role } from "./roles";

/**
 * The one role check: resolves a signed-in user's membership in the chosen workspace (or their first
 * one) and refuses when the role is below `needed`. Roles are read from the database on every call,
 * so a change of role or a removal takes effect at once.
 */
export async function memberActor(userId: string, preferredWorkspaceId: string | undefined, needed: Role): Promise<Actor> {
  const memberships = await db.membership.findMany({
    where: { userId },
    include: { user: { select: { email: true } } },
    orderBy: { createdAt: "asc" },
  });
  if (memberships.length === 0) throw new AuthenticationError("Your account is not a member of any workspace. Ask an admin to add you.");
  const membership = memberships.find((m) => m.workspaceId === preferredWorkspaceId) ?? memberships[0];
  const actor: Actor = {
    kind: "user",
    id: userId,
    userId,
    label: membership.user.email,
    workspaceId: membership.workspaceId,
    role: membership.role,
  };
  assertRole(actor, needed);
  return actor;
}

export function assertRole(actor: Actor, needed: Role) {
  if (!hasRole(actor.role, needed)) throw new PermissionError(refusalMessage(actor.role, needed));
}
