import { databaseHealth } from "@/lib/db/health";

export const dynamic = "force-dynamic";

export async function GET() {
  const database = await databaseHealth();
  return Response.json(
    { status: database.ok ? "ok" : "degraded", database: database.ok ? "up" : "down", databaseLatencyMs: database.latencyMs },
    { status: database.ok ? 200 : 503 },
  );
}
