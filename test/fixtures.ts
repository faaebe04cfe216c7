// Test data created through the same lib functions the app uses.
import crypto from "node:crypto";
import { db, Prisma } from "@/lib/db/client";
import { encryptJson } from "@/lib/crypto/secret-box";
import type { InstanceStatus } from "@/lib/generated/prisma/enums";
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

export type InstanceRowsFixture = {
  workspaceId: string;
  /** The definition document, stored as imported (not validated here). */
  document: Record<string, unknown>;
  config?: Record<string, unknown>;
  /** Secret settings, encrypted like the app stores them. */
  secrets?: Record<string, unknown>;
  /** A raw secretConfig column value (for broken-ciphertext tests). */
  secretConfig?: string;
  status?: InstanceStatus;
  enabled?: boolean;
  retryPolicy?: Record<string, unknown>;
};

/** A definition row and one instance of it, written directly (for tests of what reads them). */
export async function createInstanceRows(options: InstanceRowsFixture): Promise<{ instanceId: string; definitionId: string }> {
  const { document } = options;
  const definition = await db.integrationDefinition.create({
    data: {
      workspaceId: options.workspaceId,
      key: `test-${crypto.randomBytes(5).toString("hex")}`,
      name: String(document.name),
      version: String(document.version ?? "1.0.0"),
      type: String(document.type ?? "http"),
      authType: String(document.authType ?? "none"),
      document: document as Prisma.InputJsonValue,
    },
  });
  const instance = await db.integrationInstance.create({
    data: {
      workspaceId: options.workspaceId,
      definitionId: definition.id,
      name: `${String(document.name)} instance`,
      config: (options.config ?? {}) as Prisma.InputJsonValue,
      secretConfig: options.secretConfig ?? (options.secrets ? encryptJson(options.secrets) : null),
      ...(options.status ? { status: options.status } : {}),
      ...(options.enabled === undefined ? {} : { enabled: options.enabled }),
      ...(options.retryPolicy ? { retryPolicy: options.retryPolicy as Prisma.InputJsonValue } : {}),
    },
  });
  return { instanceId: instance.id, definitionId: definition.id };
}
