// Public (no token): editors and other validators fetch the definition format's JSON Schema here.
import { definitionJsonSchema } from "@/lib/definitions/format";

export function GET() {
  return new Response(JSON.stringify(definitionJsonSchema, null, 2), {
    headers: { "content-type": "application/schema+json; charset=utf-8", "cache-control": "public, max-age=300" },
  });
}
