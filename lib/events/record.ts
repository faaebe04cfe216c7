import { db } from "@/lib/db/client";

export type EventInput = {
  workspaceId: string;
  level: "info" | "warning" | "error";
  summary: string;
  details?: string | null;
  instanceId?: string | null;
  runId?: string | null;
  related?: { type: string; id: string } | null;
};

/** Seed 004's events: what an operator should know, in plain words. */
export async function recordEvent(input: EventInput) {
  return db.event.create({
    data: {
      workspaceId: input.workspaceId,
      level: input.level,
      summary: input.summary,
      details: input.details ?? null,
      instanceId: input.instanceId ?? null,
      runId: input.runId ?? null,
      relatedType: input.related?.type ?? null,
      relatedId: input.related?.id ?? null,
    },
  });
}
