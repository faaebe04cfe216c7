import type { Role } from "./roles";

/** Who is acting: a signed-in member or an API token, always inside one workspace. */
export type Actor = {
  kind: "user" | "token";
  /** User id, or the API token's id. */
  id: string;
  /** E-mail of the user, or "token <name>". */
  label: string;
  userId: string | null;
  workspaceId: string;
  role: Role;
};
