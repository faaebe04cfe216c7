// Counts for the Overview page.
import { db } from "@/lib/db/client";

export type InstanceCounts = {
  total: number;
  active: number;
  /** Enabled instances that need an operator: not connected yet, or failed. */
  needingAttention: number;
  disabled: number;
};

export async function getInstanceCounts(workspaceId: string): Promise<InstanceCounts> {
  const groups = await db.integrationInstance.groupBy({
    by: ["status", "enabled"],
    where: { workspaceId },
    _count: { _all: true },
  });
  const counts: InstanceCounts = { total: 0, active: 0, needingAttention: 0, disabled: 0 };
  for (const group of groups) {
    const n = group._count._all;
    counts.total += n;
    if (!group.enabled || group.status === "DISABLED") counts.disabled += n;
    else if (group.status === "ACTIVE") counts.active += n;
    else counts.needingAttention += n;
  }
  return counts;
}
