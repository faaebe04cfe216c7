// One entry point for the whole sandbox provider, by path below /sandbox/acme. The Next.js route
// handlers call the endpoint functions directly; tests mount this on a node:http server.
import { decisionEndpoint } from "./authorize";
import { createContactEndpoint, getContactEndpoint, listContactsEndpoint } from "./contacts";
import { flakyEndpoint } from "./flaky";
import { jsonResponse } from "./http";
import { revokeEndpoint, statsEndpoint, tokenEndpoint } from "./token";

export async function routeSandboxRequest(request: Request, path: string): Promise<Response> {
  const method = request.method.toUpperCase();
  const contact = path.match(/^\/api\/contacts\/([^/]+)$/);
  if (method === "POST" && path === "/oauth/decision") return decisionEndpoint(request);
  if (method === "POST" && path === "/oauth/token") return tokenEndpoint(request);
  if (method === "POST" && path === "/oauth/revoke") return revokeEndpoint(request);
  if (method === "GET" && path === "/oauth/stats") return statsEndpoint(request);
  if (method === "GET" && path === "/api/contacts") return listContactsEndpoint(request);
  if (method === "POST" && path === "/api/contacts") return createContactEndpoint(request);
  if (method === "GET" && contact) return getContactEndpoint(request, decodeURIComponent(contact[1]));
  if (method === "POST" && path === "/api/flaky") return flakyEndpoint(request);
  return jsonResponse({ error: "not_found" }, 404);
}
