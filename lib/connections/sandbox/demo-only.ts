import { isDemoMode } from "@/lib/env";
import { jsonResponse } from "./http";

/** The sandbox provider exists only in demo mode; otherwise every path is a plain 404. */
export function demoOnly<A extends unknown[]>(handler: (request: Request, ...rest: A) => Promise<Response>) {
  return async (request: Request, ...rest: A): Promise<Response> => {
    if (!isDemoMode()) return jsonResponse({ error: "not_found" }, 404);
    return handler(request, ...rest);
  };
}
