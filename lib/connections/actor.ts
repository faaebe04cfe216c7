import { systemActor, type Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record";

/** Who connects: a full Actor, or just the workspace and user (e.g. from the browser callback). */
export type ConnectActor = Actor | { workspaceId: string; userId: string | null };

function isFullActor(actor: ConnectActor): actor is Actor {
  return "kind" in actor && "role" in actor;
}

export async function auditConnection(actor: ConnectActor | null, workspaceId: string, action: string, instanceId: string, details?: Record<string, unknown>) {
  const who = actor && isFullActor(actor) ? actor : systemActor(workspaceId, actor?.userId ? `user ${actor.userId}` : "oauth callback");
  await recordAudit(who, action, { type: "IntegrationInstance", id: instanceId }, details);
}
