import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createWorkspace } from "@/test/fixtures";
import { getBoss, stopBoss } from "./boss";
import { startWorkers } from "./registry";
import { retentionJob } from "./retention";

afterAll(async () => {
  await stopBoss();
});

describe("background jobs on pg-boss", () => {
  it("schedules the request-log retention and a worker runs it: old rows go, recent ones stay", async () => {
    const workspace = await createWorkspace();
    const old = await db.integrationRequest.create({
      data: { workspaceId: workspace.id, integrationRequestService: "Old", createdAt: new Date(Date.now() - 40 * 86_400_000) },
    });
    const recent = await db.integrationRequest.create({ data: { workspaceId: workspace.id, integrationRequestService: "Recent" } });

    await startWorkers({ work: true });
    const boss = await getBoss();
    const schedules = await boss.getSchedules();
    expect(schedules.map((s) => s.name)).toContain(retentionJob.name);

    const jobId = await boss.send(retentionJob.name, { days: 30 });
    expect(jobId).toBeTruthy();
    await expect.poll(async () => (await boss.getJobById(retentionJob.name, jobId!))?.state, { timeout: 20_000, interval: 200 }).toBe("completed");

    expect(await db.integrationRequest.findUnique({ where: { id: old.id } })).toBeNull();
    expect(await db.integrationRequest.findUnique({ where: { id: recent.id } })).not.toBeNull();
  });
});
