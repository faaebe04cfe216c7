import type { Actor } from "@/lib/auth/actor";
import { actorFromBearer } from "@/lib/auth/api-tokens";
import type { Role } from "@/lib/auth/roles";
import { errorResponse } from "./responses";

type RouteContext<P> = { params: Promise<P> };

/**
 * Wraps a `/api/v1` route handler: authenticates the bearer token, checks the role, and turns every
 * thrown error into `{ "error": { code, message, details } }` with the matching status.
 */
export function apiRoute<P = Record<string, string>>(
  needed: Role,
  handler: (request: Request, actor: Actor, params: P) => Promise<Response>,
) {
  return async (request: Request, context: RouteContext<P>) => {
    try {
      const actor = await actorFromBearer(request.headers.get("authorization"), needed);
      return await handler(request, actor, await context.params);
    } catch (error) {
      return errorResponse(error);
    }
  };
}

/** Reads a JSON body; an empty body is `{}`. */
export async function readJson(request: Request): Promise<unknown> {
  const text = await request.text();
  return text.trim() ? JSON.parse(text) : {};
}
