import { inject } from "vitest";

process.env.DATABASE_URL = inject("databaseUrl");
process.env.PATCHBAY_DATA_DIR = inject("dataDir");
process.env.NEXTAUTH_SECRET ??= "test-secret-for-vitest-only";
process.env.PATCHBAY_DEMO ??= "1";
