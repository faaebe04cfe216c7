// Creates a new migration offline: `npm run db:migration:new -- <name>`.
// Starts a throwaway PostgreSQL, diffs the committed migrations against prisma/schema.prisma and
// writes the SQL to prisma/migrations/<timestamp>_<name>/migration.sql.
import fs from "node:fs";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { startTemporaryPostgres } from "@/lib/db/embedded";

const name = (process.argv[2] ?? "").trim().toLowerCase().replace(/[^a-z0-9]+/g, "_").replace(/^_|_$/g, "");
if (!name) {
  console.error("Usage: npm run db:migration:new -- <name>   (for example: add_webhook_status)");
  process.exit(2);
}

const migrationsDir = path.join(process.cwd(), "prisma", "migrations");
const hasMigrations = fs.existsSync(migrationsDir) && fs.readdirSync(migrationsDir).some((d) => /^\d+_/.test(d));
const db = await startTemporaryPostgres();
try {
  const from = hasMigrations ? ["--from-migrations", migrationsDir] : ["--from-empty"];
  const result = spawnSync(
    process.execPath,
    [
      path.join("node_modules", "prisma", "build", "index.js"),
      "migrate", "diff", ...from,
      "--to-schema-datamodel", path.join("prisma", "schema.prisma"),
      "--script",
    ],
    {
      encoding: "utf8",
      env: {
        ...process.env,
        DATABASE_URL: db.url,
        CHECKPOINT_DISABLE: "1",
        NODE_OPTIONS: `--require ${path.join(process.cwd(), "scripts", "unref-long-timers.cjs")}`,
      },
    },
  );
  if (result.status !== 0) {
    console.error(result.stderr || result.stdout);
    process.exitCode = 1;
  } else if (!result.stdout.trim() || /^-- This is an empty migration/.test(result.stdout.trim())) {
    console.log("The schema matches the migrations: nothing to write.");
  } else {
    const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
    const dir = path.join(migrationsDir, `${stamp}_${name}`);
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, "migration.sql"), result.stdout);
    console.log(`Wrote ${path.relative(process.cwd(), dir)}/migration.sql — review it and commit it.`);
  }
} finally {
  await db.stop();
}
