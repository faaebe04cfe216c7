// `npm start`: database (embedded unless DATABASE_URL is set) → migrations → demo seed → build if
// needed → `next start` and a background worker. Ctrl-C stops all of them, the database last.
import "dotenv/config";
import fs from "node:fs";
import path from "node:path";
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { prepareDatabase } from "@/lib/setup/bootstrap";
import { seedDemo } from "@/lib/setup/seed";
import { localSecret } from "@/lib/setup/local-secrets";
import { db } from "@/lib/db/client";

const dev = process.argv.includes("--dev");
const port = process.env.PORT ?? "3000";
const log = (line: string) => console.log(`[patchbay] ${line}`);
process.env.NEXT_TELEMETRY_DISABLED = "1";
process.env.NEXTAUTH_URL ??= `http://localhost:${port}`;
process.env.NEXTAUTH_SECRET ??= localSecret("auth-secret");

const database = await prepareDatabase(log);
await seedDemo({ embedded: database.embedded, log });
await db.$disconnect();

const nextBin = path.join("node_modules", "next", "dist", "bin", "next");
if (!dev && !fs.existsSync(path.join(".next", "BUILD_ID"))) {
  log("No build found: building the app once (about a minute)…");
  const build = spawnSync(process.execPath, [nextBin, "build"], { stdio: "inherit", env: process.env });
  if (build.status !== 0) {
    await database.stop();
    process.exit(build.status ?? 1);
  }
}

const children: ChildProcess[] = [];
const web = spawn(process.execPath, [nextBin, dev ? "dev" : "start", "-p", port], { stdio: "inherit", env: process.env });
children.push(web);
if (process.env.PATCHBAY_WORKER !== "0") {
  const tsx = path.join("node_modules", "tsx", "dist", "cli.mjs");
  children.push(spawn(process.execPath, [tsx, path.join("scripts", "worker.ts")], { stdio: "inherit", env: process.env }));
}
log(`Patchbay is starting on ${process.env.NEXTAUTH_URL}`);

let stopping = false;
async function stop(code: number) {
  if (stopping) return;
  stopping = true;
  log("Stopping…");
  await Promise.all(
    children.map(
      (child) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null) return resolve();
          child.once("exit", () => resolve());
          child.kill("SIGTERM");
          setTimeout(() => child.kill("SIGKILL"), 10_000).unref();
        }),
    ),
  );
  await database.stop();
  log("Stopped.");
  process.exit(code);
}
process.on("SIGINT", () => void stop(0));
process.on("SIGTERM", () => void stop(0));
web.on("exit", (code) => void stop(code ?? 0));
