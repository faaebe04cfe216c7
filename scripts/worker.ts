// Background worker: handles pg-boss jobs. Run several of these against one database to scale out.
import "dotenv/config";
import { openDatabase } from "@/lib/setup/bootstrap";
import { startWorkers } from "@/lib/jobs/registry";
import { stopBoss } from "@/lib/jobs/boss";

await openDatabase();
await startWorkers({ work: true });
console.log("[worker] ready");

async function stop() {
  await stopBoss();
  process.exit(0);
}
process.on("SIGINT", () => void stop());
process.on("SIGTERM", () => void stop());
