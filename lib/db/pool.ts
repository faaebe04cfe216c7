import pg from "pg";

const OID_TIMESTAMP = 1114;
const globalForPool = globalThis as unknown as { patchbayPool?: pg.Pool; patchbayPoolUrl?: string };

// TIMESTAMP(3) columns hold UTC wall time (as Prisma writes them); read them as UTC whatever TZ is.
const types = {
  getTypeParser: ((oid: number, format?: "text" | "binary") =>
    oid === OID_TIMESTAMP && format !== "binary" ? (value: string) => new Date(`${value.replace(" ", "T")}Z`) : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

/** The one connection pool of this process: Prisma's adapter runs on it, and so does `sql`. */
export function getPool(): pg.Pool {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: start Patchbay with `npm start`, which provides the database");
  if (!globalForPool.patchbayPool || globalForPool.patchbayPoolUrl !== url) {
    globalForPool.patchbayPool = new pg.Pool({ connectionString: url, max: Number(process.env.DATABASE_POOL_SIZE ?? 10), types, allowExitOnIdle: true });
    globalForPool.patchbayPoolUrl = url;
  }
  return globalForPool.patchbayPool;
}
