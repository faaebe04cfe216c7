import { buildOpenApiDocument } from "@/lib/api/openapi";

/** GET /api/v1/openapi.json — public, so tools can read it without a token. */
export function GET(request: Request) {
  const serverUrl = new URL("/api/v1", request.url).toString();
  return Response.json(buildOpenApiDocument({ serverUrl }), { headers: { "cache-control": "public, max-age=300" } });
}
