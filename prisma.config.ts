// Prisma CLI configuration (the app itself never loads this file; it builds its client in lib/db).
// Prisma 6.19 runs without native engines through the pg driver adapter. The adapter in 6.19 breaks
// `migrate` on PostgreSQL (prisma/orm#27403, fixed only in adapter-pg 7): the shim below carries that
// fix. Delete it when the project moves to Prisma 7.
import "dotenv/config";
import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";

const OID_CHAR = 18;
const OID_NAME = 19;
const OID_TEXT = 25;
const OID_NAME_ARRAY = 1003;
const OID_TEXT_ARRAY = 1009;
const COLUMN_TYPE_CHARACTER = 6; // ColumnTypeEnum.Character in @prisma/driver-adapter-utils

type Field = { dataTypeID: number };
type Queryable = {
  performIO(query: unknown): Promise<{ fields: Field[]; rows: unknown[] }>;
  queryRaw(query: unknown): Promise<{ columnTypes: number[] }>;
};

const charColumns = new WeakMap<object, number[]>();
let patched = false;

/** Rewrites `name`/`name[]` to text and tags `"char"` columns as Character (prisma/orm#27403). */
function patchQueryable(proto: Queryable) {
  if (patched) return;
  patched = true;
  const performIO = proto.performIO;
  const queryRaw = proto.queryRaw;
  proto.performIO = async function (this: Queryable, query: unknown) {
    const result = await performIO.call(this, query);
    // A multi-statement script answers with several results and no field list: nothing to rewrite.
    if (!Array.isArray(result?.fields)) return result;
    const chars: number[] = [];
    result.fields.forEach((field, index) => {
      if (field.dataTypeID === OID_NAME) field.dataTypeID = OID_TEXT;
      else if (field.dataTypeID === OID_NAME_ARRAY) field.dataTypeID = OID_TEXT_ARRAY;
      else if (field.dataTypeID === OID_CHAR) {
        field.dataTypeID = OID_TEXT;
        chars.push(index);
      }
    });
    if (chars.length > 0 && query && typeof query === "object") charColumns.set(query, chars);
    return result;
  };
  proto.queryRaw = async function (this: Queryable, query: unknown) {
    const result = await queryRaw.call(this, query);
    const chars = query && typeof query === "object" ? charColumns.get(query) : undefined;
    for (const index of chars ?? []) result.columnTypes[index] = COLUMN_TYPE_CHARACTER;
    return result;
  };
}

function poolConfig(url: string, database?: string): pg.PoolConfig {
  const parsed = new URL(url);
  return {
    host: parsed.hostname,
    port: Number(parsed.port || 5432),
    user: decodeURIComponent(parsed.username),
    password: decodeURIComponent(parsed.password),
    database: database ?? decodeURIComponent(parsed.pathname.slice(1)),
    // Idle pooled connections must not keep the CLI alive after its work is done.
    allowExitOnIdle: true,
  };
}

class MigratingPgFactory extends PrismaPg {
  constructor(private readonly url: string) {
    super(poolConfig(url));
  }

  async connect() {
    const adapter = await super.connect();
    patchQueryable(Object.getPrototypeOf(Object.getPrototypeOf(adapter)) as Queryable);
    return adapter;
  }

  // Upstream creates the shadow database but connects back to the main one and drops the shadow
  // before closing its pool; this makes a uniquely named database, closes first, then force-drops.
  async connectToShadowDb() {
    const admin = new pg.Client(poolConfig(this.url, "postgres"));
    await admin.connect();
    const name = `patchbay_shadow_${Date.now()}_${Math.floor(Math.random() * 1e6)}`;
    await admin.query(`CREATE DATABASE "${name}"`);
    await admin.end();
    const shadow = await new PrismaPg(poolConfig(this.url, name)).connect();
    patchQueryable(Object.getPrototypeOf(Object.getPrototypeOf(shadow)) as Queryable);
    const dispose = shadow.dispose.bind(shadow);
    shadow.dispose = async () => {
      await dispose();
      const cleanup = new pg.Client(poolConfig(this.url, "postgres"));
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await cleanup.end();
    };
    return shadow;
  }
}

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations"), seed: "tsx prisma/seed.ts" },
  async adapter() {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error("DATABASE_URL is not set (npm run db:migrate sets it for the embedded database)");
    return new MigratingPgFactory(url);
  },
});
