// Starts one throwaway PostgreSQL for the whole Vitest run and applies the committed migrations.
import type { TestProject } from "vitest/node";
import { startTemporaryPostgres } from "@/lib/db/embedded";
import { migrateDeploy } from "@/lib/db/migrate";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    dataDir: string;
  }
}

export default async function setup(project: TestProject) {
  const database = await startTemporaryPostgres();
  await migrateDeploy(database.url);
  project.provide("databaseUrl", database.url);
  project.provide("dataDir", database.dir);
  return async () => {
    await database.stop();
  };
}
