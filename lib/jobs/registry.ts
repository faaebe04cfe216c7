import { getBoss } from "./boss";
import { retentionJob } from "./retention";
import type { JobDefinition } from "./types";

export const JOBS: JobDefinition<never>[] = [retentionJob as unknown as JobDefinition<never>];

/** Creates every queue and schedule, and (in a worker) starts handling them. */
export async function startWorkers(options: { work: boolean }) {
  const boss = await getBoss();
  for (const job of JOBS) {
    await boss.createQueue(job.name);
    if (job.schedule) await boss.schedule(job.name, job.schedule, {});
    if (options.work) {
      await boss.work(job.name, async (jobs) => {
        for (const item of jobs) await job.handle(job.payloadSchema.parse(item.data ?? {}));
      });
    }
  }
}
