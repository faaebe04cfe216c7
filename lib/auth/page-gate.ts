import "server-only";
import { redirect } from "next/navigation";
import { AuthenticationError, PermissionError } from "@/lib/errors";
import type { Actor } from "./actor";
import { requireMember } from "./guard";
import type { Role } from "./roles";

export type PageGate = { ok: true; actor: Actor } | { ok: false; message: string };

/** For pages: redirects to sign-in without a session; a role below `needed` gets a refusal to render. */
export async function pageGate(needed: Role = "viewer"): Promise<PageGate> {
  try {
    return { ok: true, actor: await requireMember(needed) };
  } catch (error) {
    if (error instanceof PermissionError) return { ok: false, message: error.message };
    if (error instanceof AuthenticationError) redirect("/sign-in");
    throw error;
  }
}

/** For pages that any member may read. */
export async function pageActor(): Promise<Actor> {
  const gate = await pageGate("viewer");
  if (!gate.ok) redirect("/sign-in");
  return gate.actor;
}
