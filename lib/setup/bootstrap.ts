// Shared by the launcher, the CLI and the e2e runner: find or start the database, migrate, seed.
import path from "node:path";
import { startEmbeddedPostgres, type Database } from "@/lib/db/embedded";
import { migrateDeploy } from "@/lib/db/migrate";
import { dataDir } from "@/lib/paths";

/** DATABASE_URL when set; otherwise the embedded PostgreSQL under ./data/pg (started if not running). */
export async function openDatabase(log?: (line: string) => void): Promise<Database> {
  const url = process.env.DATABASE_URL;
  if (url) return { url, embedded: false, stop: async () => {} };
  const database = await startEmbeddedPostgres({
    pgDir: path.join(dataDir(), "pg"),
    port: process.env.PATCHBAY_PG_PORT ? Number(process.env.PATCHBAY_PG_PORT) : undefined,
    log,
  });
  process.env.DATABASE_URL = database.url;
  process.env.PATCHBAY_EMBEDDED_DB = "1";
  return database;
}

export async function prepareDatabase(log: (line: string) => void = () => {}) {
  const database = await openDatabase();
  log(database.embedded ? `Embedded PostgreSQL ready (${path.join(dataDir(), "pg")})` : "Using DATABASE_URL");
  await migrateDeploy(database.url);
  log("Migrations applied");
  return database;
}
