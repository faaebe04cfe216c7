import { PgBoss } from "pg-boss";

const globalForBoss = globalThis as unknown as { patchbayBoss?: Promise<PgBoss>; patchbayBossStopping?: boolean };

/** The pg-boss instance of this process, on the hub's own database (schema `pgboss`). */
export function getBoss(): Promise<PgBoss> {
  globalForBoss.patchbayBoss ??= (async () => {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error("DATABASE_URL is not set");
    const boss = new PgBoss({ connectionString: url, max: 4 });
    // While shutting down (Ctrl-C also stops the embedded database) lost connections are expected.
    boss.on("error", (error) => {
      if (!globalForBoss.patchbayBossStopping) console.error(`[jobs] ${error.message}`);
    });
    await boss.start();
    return boss;
  })();
  return globalForBoss.patchbayBoss;
}

export async function stopBoss() {
  globalForBoss.patchbayBossStopping = true;
  const pending = globalForBoss.patchbayBoss;
  globalForBoss.patchbayBoss = undefined;
  if (pending) await (await pending).stop({ graceful: true, timeout: 10_000 });
}
