import { db } from "@/lib/db/client";

/** Frappe's clear_old_logs(days): removes request-log rows older than `days` days. */
export async function clearOldLogs(days: number): Promise<number> {
  const cutoff = new Date(Date.now() - days * 24 * 60 * 60 * 1000);
  const result = await db.integrationRequest.deleteMany({ where: { createdAt: { lt: cutoff } } });
  return result.count;
}
