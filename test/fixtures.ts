// Test data created through the same lib functions the app uses.
import crypto from "node:crypto";
import { db } from "@/lib/db/client";
import { upsertUser } from "@/lib/setup/seed";
import type { Role } from "@/lib/auth/roles";
import type { Actor } from "@/lib/auth/actor";

export function uniqueName(prefix: string) {
  return `${prefix}-${crypto.randomBytes(4).toString("hex")}`;
}

export async function createWorkspace(name = uniqueName("ws")) {
  return db.workspace.create({ data: { name } });
}

export async function createMember(workspaceId: string, role: Role, password = "password-123") {
  const email = `${uniqueName(role)}@example.test`;
  const user = await upsertUser({ email, password, role, workspaceId });
  return { user, email, password };
}

export async function actorFor(workspaceId: string, role: Role = "admin"): Promise<Actor> {
  const { user } = await createMember(workspaceId, role);
  return { kind: "user", id: user.id, userId: user.id, label: user.email, workspaceId, role };
}
