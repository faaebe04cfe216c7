import "server-only";
import { cookies } from "next/headers";
import { getServerSession } from "next-auth";
import { AuthenticationError } from "@/lib/errors";
import type { Actor } from "./actor";
import { memberActor } from "./membership";
import { authOptions } from "./options";
import type { Role } from "./roles";
import { WORKSPACE_COOKIE } from "./workspace-cookie";

export async function sessionUserId(): Promise<string | null> {
  const session = await getServerSession(authOptions);
  const id = (session?.user as { id?: string } | undefined)?.id;
  return typeof id === "string" ? id : null;
}

/**
 * The gate for every server action and every page read: the signed-in member of the current
 * workspace, with at least `needed`. Throws AuthenticationError / PermissionError.
 */
export async function requireMember(needed: Role = "viewer"): Promise<Actor> {
  const userId = await sessionUserId();
  if (!userId) throw new AuthenticationError("Your session has ended. Sign in again.");
  const preferred = (await cookies()).get(WORKSPACE_COOKIE)?.value;
  return memberActor(userId, preferred, needed);
}
