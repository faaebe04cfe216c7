import { z } from "zod";
import { apiRoute, readJson } from "@/lib/api/route";
import { json } from "@/lib/api/responses";
import { startOAuth2 } from "@/lib/connections/oauth2";

const bodySchema = z.object({ redirectUri: z.url({ protocol: /^https?$/ }).optional() });

export const POST = apiRoute<{ id: string }>("operator", async (request, actor, { id }) => {
  const body = bodySchema.parse(await readJson(request));
  const result = await startOAuth2(actor, id, { origin: "api", redirectUri: body.redirectUri });
  if (result.connected) return json({ status: "SUCCESS", integrationInstanceId: id });
  return json({ authorizationUrl: result.authorizationUrl, state: result.state });
});
