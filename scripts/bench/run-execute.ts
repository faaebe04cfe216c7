// `npm run bench:execute`: the executor benchmark in one go. A throwaway embedded PostgreSQL,
// migrations, a workspace with an admin API token, a production build in .next-bench (when it
// is missing or older than the sources, or always with --build), `next start` on 127.0.0.1,
// the measurement (scripts/bench/execute-measure.ts), then everything is stopped again.
//
//   npm run bench:execute [-- --build | --no-build]      BENCH_N=1000 BENCH_PORT=3400 BENCH_CPU_PROF=/tmp/prof
import fs from "node:fs";
import path from "node:path";
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { startTemporaryPostgres } from "@/lib/db/embedded";
import { migrateDeploy } from "@/lib/db/migrate";
import { benchN, measureExecute } from "./execute-measure";
import { buildIsStale } from "./build-freshness";

const DIST_DIR = ".next-bench";
const port = Number(process.env.BENCH_PORT ?? 3400);
const hub = `http://127.0.0.1:${port}`;
const nextBin = path.join("node_modules", "next", "dist", "bin", "next");
const log = (line: string) => console.log(`[bench] ${line}`);

/** `next build` rewrites these for a custom distDir; they belong to the main build, so they are put back. */
const RESTORED_AFTER_BUILD = ["tsconfig.json", "next-env.d.ts"];

function build(env: NodeJS.ProcessEnv): void {
  const saved = RESTORED_AFTER_BUILD.map((file) => [file, fs.existsSync(file) ? fs.readFileSync(file) : null] as const);
  try {
    log(`Building the app into ${DIST_DIR} (a few minutes)…`);
    const result = spawnSync(process.execPath, [nextBin, "build"], { stdio: "inherit", env });
    if (result.status !== 0) throw new Error("next build failed");
  } finally {
    for (const [file, content] of saved) {
      if (content !== null && !fs.readFileSync(file).equals(content)) fs.writeFileSync(file, content);
    }
  }
}

function startNext(env: NodeJS.ProcessEnv): { child: ChildProcess; output: () => string } {
  let tail = "";
  // BENCH_CPU_PROF=<folder> writes a V8 CPU profile of the hub there when it stops.
  const profile = process.env.BENCH_CPU_PROF ? ["--cpu-prof", `--cpu-prof-dir=${path.resolve(process.env.BENCH_CPU_PROF)}`] : [];
  const child = spawn(process.execPath, [...profile, nextBin, "start", "-p", String(port), "-H", "127.0.0.1"], { env, stdio: ["ignore", "pipe", "pipe"] });
  const keep = (chunk: Buffer) => (tail = (tail + chunk.toString()).slice(-4000));
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  return { child, output: () => tail };
}

/** User + system CPU time of a process in ms (Linux), or null where /proc is not available. */
function processCpuMs(pid: number | undefined): number | null {
  if (!pid) return null;
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    // Fields 14 and 15 (utime, stime) in clock ticks, which are 100 per second on Linux.
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return null;
  }
}

async function waitForHealth(child: ChildProcess, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited with code ${child.exitCode}`);
    try {
      const response = await fetch(`${hub}/api/health`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The hub did not answer ${hub}/api/health within ${timeoutMs / 1000} s`);
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
    setTimeout(() => child.kill("SIGKILL"), 10_000).unref();
  });
}

async function seed(): Promise<string> {
  const { db } = await import("@/lib/db/client");
  const { ensureWorkspace } = await import("@/lib/setup/seed");
  const { createApiToken } = await import("@/lib/auth/api-tokens");
  const { systemActor } = await import("@/lib/auth/actor");
  const workspace = await ensureWorkspace("Bench");
  const created = await createApiToken(systemActor(workspace.id, "bench"), { name: "bench", role: "admin" });
  await db.$disconnect();
  return created.token;
}

async function main(): Promise<number> {
  const database = await startTemporaryPostgres();
  let next: ReturnType<typeof startNext> | undefined;
  let stopping: Promise<void> | undefined;
  const stopAll = () =>
    (stopping ??= (async () => {
      if (next) await stopChild(next.child);
      await database.stop();
    })());
  process.once("SIGINT", () => void stopAll().then(() => process.exit(130)));
  try {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DATABASE_URL: database.url,
      NEXT_DIST_DIR: DIST_DIR,
      NEXTAUTH_SECRET: "bench-secret-not-for-production",
      NEXTAUTH_URL: hub,
      PATCHBAY_DATA_DIR: database.dir,
      PORT: String(port),
      NEXT_TELEMETRY_DISABLED: "1",
      NODE_ENV: "production",
    };
    Object.assign(process.env, { DATABASE_URL: database.url, PATCHBAY_DATA_DIR: database.dir });
    log("Migrating the temporary database…");
    await migrateDeploy(database.url);
    const token = await seed();
    const hasBuild = fs.existsSync(path.join(DIST_DIR, "BUILD_ID"));
    if (process.argv.includes("--build") || !hasBuild) build(env);
    else if (buildIsStale(DIST_DIR) && !process.argv.includes("--no-build")) build(env);
    else log(`Using the existing build in ${DIST_DIR}${buildIsStale(DIST_DIR) ? " (older than the sources: --no-build)" : ""}`);
    next = startNext(env);
    await waitForHealth(next.child).catch((error: unknown) => {
      console.error(next?.output());
      throw error;
    });
    log(`Hub up on ${hub}; measuring…`);
    const result = await measureExecute({ hub, token, n: benchN(), hubCpuMs: () => processCpuMs(next?.child.pid) });
    return result.failures > 0 ? 1 : 0;
  } finally {
    await stopAll();
    log("Stopped the hub and the temporary database.");
  }
}

main()
  .then((code) => process.exit(code))
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
