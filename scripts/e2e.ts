// `npm run test:e2e`: a throwaway PostgreSQL, migrations, the demo seed plus test accounts, a
// production build of the app, then Playwright driving Debian's Chromium against `next start`.
import fs from "node:fs";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { startTemporaryPostgres } from "@/lib/db/embedded";
import { migrateDeploy } from "@/lib/db/migrate";

function findChromium(): string | null {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].filter(Boolean) as string[];
  return candidates.find((file) => fs.existsSync(file)) ?? null;
}

function ensureChromium(): string {
  const found = findChromium();
  if (found) return found;
  if (process.getuid?.() === 0) {
    console.log("[e2e] Chromium not found: installing Debian's chromium package with apt-get…");
    spawnSync("apt-get", ["update", "-qq"], { stdio: "inherit" });
    const install = spawnSync("apt-get", ["install", "-y", "-qq", "chromium"], { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
    const installed = findChromium();
    if (install.status === 0 && installed) return installed;
  }
  console.error("[e2e] Chromium is needed for the end-to-end tests. Install Debian's package: sudo apt-get install chromium (or set CHROMIUM_PATH).");
  process.exit(1);
}

const chromium = ensureChromium();
const database = await startTemporaryPostgres();
const port = process.env.E2E_PORT ?? "3100";
let status = 1;
try {
  Object.assign(process.env, {
    DATABASE_URL: database.url,
    PATCHBAY_DATA_DIR: database.dir,
    NEXTAUTH_URL: `http://localhost:${port}`,
    NEXTAUTH_SECRET: "e2e-secret-not-for-production",
    PORT: port,
    CHROMIUM_PATH: chromium,
    NEXT_TELEMETRY_DISABLED: "1",
    PATCHBAY_WORKER: "0",
    PATCHBAY_DEMO: "1",
  });
  await migrateDeploy(database.url);
  const { seedE2e } = await import("@/e2e/seed");
  await seedE2e();

  if (process.env.E2E_SKIP_BUILD !== "1" || !fs.existsSync(path.join(".next", "BUILD_ID"))) {
    const build = spawnSync(process.execPath, [path.join("node_modules", "next", "dist", "bin", "next"), "build"], { stdio: "inherit", env: process.env });
    if (build.status !== 0) throw new Error("next build failed");
  }
  fs.rmSync(path.join("e2e", ".auth"), { recursive: true, force: true });
  const run = spawnSync(process.execPath, [path.join("node_modules", "@playwright", "test", "cli.js"), "test", ...process.argv.slice(2)], { stdio: "inherit", env: process.env });
  status = run.status ?? 1;
} finally {
  const { db } = await import("@/lib/db/client");
  await db.$disconnect();
  await database.stop();
}
process.exit(status);
