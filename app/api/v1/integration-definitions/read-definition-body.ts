import { readJson } from "@/lib/api/route";
import { importDefinitionQuerySchema } from "@/lib/api/schemas";

/**
 * A definition upload: `text/plain` is definition text (seed 001's backtick strings allowed), anything
 * else is a JSON document. `?force=true` imports a version that is not higher than the installed one.
 */
export async function readDefinitionBody(request: Request): Promise<{ input: string | object; force: boolean }> {
  const query = importDefinitionQuerySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const contentType = request.headers.get("content-type") ?? "";
  const input = contentType.startsWith("text/plain") ? await request.text() : ((await readJson(request)) as object);
  return { input, force: query.force === "true" };
}
