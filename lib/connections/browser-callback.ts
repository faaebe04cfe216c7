// What the hub's single OAuth2 callback does for a signed-in operator: complete (or fail) the
// flow and say where the browser goes next, with the outcome in the query for a toast.
import { memberActor } from "@/lib/auth/membership";
import { describeError } from "@/lib/api/responses";
import { hubUrl } from "@/lib/env";
import { completeOAuth2, failOAuth2 } from "./oauth2";
import { findOAuthState, OAuthStateError } from "./oauth-state";

export type CallbackParams = { code: string | null; state: string | null; error: string | null; errorDescription: string | null };

function instancePage(instanceId: string | null, outcome: { connected: true } | { error: string }): string {
  const url = new URL(instanceId ? `/integrations/${encodeURIComponent(instanceId)}` : "/integrations", hubUrl());
  if (instanceId) url.searchParams.set("tab", "connection");
  if ("connected" in outcome) url.searchParams.set("connected", "1");
  else url.searchParams.set("connect_error", outcome.error);
  return url.toString();
}

/** Returns the URL to redirect the browser to; never throws. */
export async function handleBrowserCallback(userId: string, params: CallbackParams): Promise<string> {
  if (!params.state) return instancePage(null, { error: "The provider sent the browser back without a state. Press Connect again." });
  const row = await findOAuthState(params.state).catch(() => null);
  const instanceId = row?.instanceId ?? null;
  try {
    if (!row) throw new OAuthStateError("unknown");
    if (params.error) {
      const failed = await failOAuth2(params.state, params.error, params.errorDescription, { userId, workspaceId: row.workspaceId });
      return instancePage(failed.instanceId, { error: failed.reason });
    }
    if (!params.code) return instancePage(instanceId, { error: "The provider sent the browser back without a code. Press Connect again." });
    const actor = await memberActor(userId, row.workspaceId, "operator");
    const done = await completeOAuth2(actor, { code: params.code, state: params.state });
    return instancePage(done.instanceId, { connected: true });
  } catch (error) {
    return instancePage(instanceId, { error: describeError(error).body.message });
  }
}
