import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { getPool } from "./pool";

const globalForPrisma = globalThis as unknown as { patchbayPrisma?: PrismaClient; patchbayPrismaUrl?: string };

function createClient() {
  return new PrismaClient({ adapter: new PrismaPg(getPool()) });
}

/** The one Prisma client of this process, created on first use from DATABASE_URL. */
export function getDb(): PrismaClient {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: start Patchbay with `npm start`, which provides the database");
  if (!globalForPrisma.patchbayPrisma || globalForPrisma.patchbayPrismaUrl !== url) {
    globalForPrisma.patchbayPrisma = createClient();
    globalForPrisma.patchbayPrismaUrl = url;
  }
  return globalForPrisma.patchbayPrisma;
}

export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const client = getDb();
    const value = Reflect.get(client, property, client);
    return typeof value === "function" ? value.bind(client) : value;
  },
});

export { Prisma } from "@/lib/generated/prisma/client";
export type { PrismaClient } from "@/lib/generated/prisma/client";
