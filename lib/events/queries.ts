import { db } from "@/lib/db/client";

export async function listEvents(options: { workspaceId: string; instanceId?: string; take?: number }) {
  return db.event.findMany({
    where: { workspaceId: options.workspaceId, ...(options.instanceId ? { instanceId: options.instanceId } : {}) },
    orderBy: { createdAt: "desc" },
    take: options.take ?? 100,
    include: { instance: { select: { id: true, name: true } } },
  });
}
