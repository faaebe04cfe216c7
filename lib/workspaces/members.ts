import { db } from "@/lib/db/client";
import { hashPassword } from "@/lib/crypto/hash";
import { recordAudit } from "@/lib/audit/record";
import { normalizeEmail } from "@/lib/auth/sign-in";
import type { Actor } from "@/lib/auth/actor";
import type { Role } from "@/lib/auth/roles";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { installBuiltinCatalog } from "@/lib/definitions/store";

async function assertAnotherAdminRemains(workspaceId: string, membershipId: string) {
  const admins = await db.membership.count({ where: { workspaceId, role: "admin", id: { not: membershipId } } });
  if (admins === 0) throw new ConflictError("A workspace needs at least one admin. Make someone else admin first.");
}

/**
 * Adds a member. A new account needs a password (the admin passes it on); an existing account is
 * simply added to this workspace with the role.
 */
export async function addMember(actor: Actor, input: { email: string; role: Role; password?: string; name?: string }) {
  const email = normalizeEmail(input.email);
  let user = await db.user.findUnique({ where: { email } });
  if (!user) {
    if (!input.password) throw new ValidationError("A new account needs a first password", [{ path: "password", message: "Required for a new account (at least 8 characters)" }]);
    user = await db.user.create({ data: { email, name: input.name || null, passwordHash: await hashPassword(input.password) } });
  }
  const existing = await db.membership.findUnique({ where: { workspaceId_userId: { workspaceId: actor.workspaceId, userId: user.id } } });
  if (existing) throw new ValidationError("Already a member", [{ path: "email", message: `${email} is already a member of this workspace` }]);
  const membership = await db.membership.create({ data: { workspaceId: actor.workspaceId, userId: user.id, role: input.role } });
  await recordAudit(actor, "member.add", { type: "Membership", id: membership.id }, { email, role: input.role });
  return membership;
}

export async function changeMemberRole(actor: Actor, membershipId: string, role: Role) {
  const membership = await db.membership.findFirst({ where: { id: membershipId, workspaceId: actor.workspaceId }, include: { user: true } });
  if (!membership) throw new NotFoundError("The member");
  if (membership.role === "admin" && role !== "admin") await assertAnotherAdminRemains(actor.workspaceId, membership.id);
  await db.membership.update({ where: { id: membership.id }, data: { role } });
  await recordAudit(actor, "member.role", { type: "Membership", id: membership.id }, { email: membership.user.email, from: membership.role, to: role });
}

export async function removeMember(actor: Actor, membershipId: string) {
  const membership = await db.membership.findFirst({ where: { id: membershipId, workspaceId: actor.workspaceId }, include: { user: true } });
  if (!membership) throw new NotFoundError("The member");
  if (membership.role === "admin") await assertAnotherAdminRemains(actor.workspaceId, membership.id);
  await db.membership.delete({ where: { id: membership.id } });
  await recordAudit(actor, "member.remove", { type: "Membership", id: membership.id }, { email: membership.user.email });
}

export async function renameWorkspace(actor: Actor, name: string) {
  const taken = await db.workspace.findFirst({ where: { name, id: { not: actor.workspaceId } } });
  if (taken) throw new ValidationError("Name taken", [{ path: "name", message: "Another workspace already has this name" }]);
  await db.workspace.update({ where: { id: actor.workspaceId }, data: { name } });
  await recordAudit(actor, "workspace.rename", { type: "Workspace", id: actor.workspaceId }, { name });
}

/** A new workspace with the acting admin as its first admin; the built-in catalog is installed. */
export async function createWorkspace(actor: Actor, name: string) {
  if (!actor.userId) throw new ValidationError("Only a signed-in person can create a workspace", [{ path: "name", message: "Sign in as a person, not a token" }]);
  const taken = await db.workspace.findUnique({ where: { name } });
  if (taken) throw new ValidationError("Name taken", [{ path: "name", message: "Another workspace already has this name" }]);
  const workspace = await db.workspace.create({ data: { name, memberships: { create: { userId: actor.userId, role: "admin" } } } });
  await recordAudit({ ...actor, workspaceId: workspace.id }, "workspace.create", { type: "Workspace", id: workspace.id }, { name, from: actor.workspaceId });
  await installBuiltinCatalog(workspace.id);
  return workspace;
}
