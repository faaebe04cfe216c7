import { db } from "@/lib/db/client";
import { hashPassword } from "@/lib/crypto/hash";
import { normalizeEmail } from "@/lib/auth/sign-in";
import type { Role } from "@/lib/auth/roles";
import { isDemoMode } from "@/lib/env";
import { seedDemoIntegrations } from "./demo-integrations";

export const DEMO_WORKSPACE = "Demo";
export const DEMO_ADMIN_EMAIL = "admin@patchbay.local";
export const DEMO_ADMIN_PASSWORD = "patchbay-demo";

export async function ensureWorkspace(name: string) {
  return db.workspace.upsert({ where: { name }, update: {}, create: { name } });
}

/** Creates the user (or updates the password) and gives them `role` in the workspace. */
export async function upsertUser(input: { email: string; password: string; role: Role; workspaceId: string; name?: string }) {
  const email = normalizeEmail(input.email);
  const passwordHash = await hashPassword(input.password);
  const user = await db.user.upsert({
    where: { email },
    update: { passwordHash },
    create: { email, passwordHash, name: input.name ?? null },
  });
  await db.membership.upsert({
    where: { workspaceId_userId: { workspaceId: input.workspaceId, userId: user.id } },
    update: { role: input.role },
    create: { workspaceId: input.workspaceId, userId: user.id, role: input.role },
  });
  return user;
}

/**
 * The demo: workspace "Demo"; with the embedded database an admin with the README's password (only
 * when no user exists yet), otherwise the first admin from ADMIN_EMAIL / ADMIN_PASSWORD.
 */
export async function seedDemo(options: { embedded: boolean; log?: (line: string) => void }) {
  const log = options.log ?? (() => {});
  const workspace = await ensureWorkspace(DEMO_WORKSPACE);
  const users = await db.user.count();
  if (users === 0) {
    const email = process.env.ADMIN_EMAIL ?? (options.embedded ? DEMO_ADMIN_EMAIL : undefined);
    const password = process.env.ADMIN_PASSWORD ?? (options.embedded ? DEMO_ADMIN_PASSWORD : undefined);
    if (email && password) {
      await upsertUser({ email, password, role: "admin", workspaceId: workspace.id, name: "Admin" });
      log(`Created admin ${email}`);
    } else {
      log("No user yet: set ADMIN_EMAIL and ADMIN_PASSWORD, or run `npm run cli -- user:create --email … --password … --role admin`");
    }
  }
  if (isDemoMode()) await seedDemoIntegrations(workspace.id, log);
  return workspace;
}
