import { z } from "zod";
import { clearOldLogs } from "@/lib/request-log/retention";
import type { JobDefinition } from "./types";

const payloadSchema = z.object({ days: z.number().int().positive().optional() });

/** Seed 000's clear_old_logs, every night; PATCHBAY_LOG_RETENTION_DAYS (default 30) sets the age. */
export const retentionJob: JobDefinition<z.infer<typeof payloadSchema>> = {
  name: "request-log-retention",
  schedule: "17 3 * * *",
  payloadSchema,
  async handle(payload) {
    const removed = await clearOldLogs(payload.days ?? Number(process.env.PATCHBAY_LOG_RETENTION_DAYS ?? 30));
    return { removed };
  },
};
