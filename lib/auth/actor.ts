import type { Role } from "./roles";

/** Who is acting: a signed-in member or an API token, always inside one workspace. */
export type Actor = {
  kind: "user" | "token" | "system";
  /** User id, or the API token's id. */
  id: string;
  /** E-mail of the user, or "token <name>". */
  label: string;
  userId: string | null;
  workspaceId: string;
  role: Role;
};

/** The hub itself acting (seeding, the CLI, scheduled jobs), with admin rights in one workspace. */
export function systemActor(workspaceId: string, label = "system"): Actor {
  return { kind: "system", id: "system", userId: null, label, workspaceId, role: "admin" };
}
