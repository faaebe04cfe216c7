import { z } from "zod";
import { apiRoute, readJson } from "@/lib/api/route";
import { json } from "@/lib/api/responses";
import { completeOAuth2 } from "@/lib/connections/oauth2";
import { OAuthStateError } from "@/lib/connections/oauth-state";
import { TokenGrantError } from "@/lib/connections/token-grants";
import { AppError } from "@/lib/errors";

const bodySchema = z.object({ code: z.string().min(1).max(4096), state: z.string().min(1).max(512) });

export const POST = apiRoute<{ id: string }>("operator", async (request, actor, { id }) => {
  const body = bodySchema.parse(await readJson(request));
  try {
    const result = await completeOAuth2(actor, { code: body.code, state: body.state, instanceId: id });
    return json({ status: "SUCCESS", integrationInstanceId: result.instanceId });
  } catch (error) {
    // A wrong, reused or expired state is a bad request here, not a failed sign-in.
    if (error instanceof OAuthStateError) throw new AppError("AUTHENTICATION_ERROR", error.message, 400, { reason: error.problem });
    if (error instanceof TokenGrantError && !error.transient) throw new AppError("AUTHENTICATION_ERROR", error.message, 400, error.details);
    throw error;
  }
});
