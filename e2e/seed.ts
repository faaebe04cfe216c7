// Runs in the e2e runner's process (not in the browser tests): the demo plus one account per role.
import { seedDemo, upsertUser } from "@/lib/setup/seed";
import { OPERATOR, VIEWER } from "./fixtures";

export async function seedE2e() {
  const workspace = await seedDemo({ embedded: true });
  await upsertUser({ ...VIEWER, role: "viewer", workspaceId: workspace.id });
  await upsertUser({ ...OPERATOR, role: "operator", workspaceId: workspace.id });
}
