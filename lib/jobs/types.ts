import type { z } from "zod";

/** One file per job kind: a queue name, a payload schema, a handler that calls lib/ functions. */
export type JobDefinition<P> = {
  name: string;
  /** Cron expression for a recurring job (UTC). */
  schedule?: string;
  payloadSchema: z.ZodType<P>;
  handle: (payload: P) => Promise<unknown>;
};
