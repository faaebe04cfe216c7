import { z } from "zod";

const envSchema = z.object({
  DATABASE_URL: z.string().optional(),
  PORT: z.coerce.number().int().positive().default(3000),
  PATCHBAY_URL: z.string().url().optional(),
  NEXTAUTH_URL: z.string().url().optional(),
  PATCHBAY_DEMO: z.enum(["0", "1"]).optional(),
  /** Set by the launcher when it started the embedded database. */
  PATCHBAY_EMBEDDED_DB: z.enum(["0", "1"]).optional(),
});

export type Env = z.infer<typeof envSchema>;

let parsed: Env | undefined;

/** The environment, validated once. Secrets (NEXTAUTH_SECRET, PATCHBAY_SECRET_KEY) are read where used. */
export function env(): Env {
  parsed ??= envSchema.parse(process.env);
  return parsed;
}

/** The hub's own base URL, used for the OAuth callback and the sandbox provider. */
export function hubUrl(): string {
  const e = env();
  return (e.PATCHBAY_URL ?? e.NEXTAUTH_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, "");
}

/**
 * Demo mode serves the offline "Acme CRM" provider. On by default with the embedded database (a
 * local trial); off by default on a server of your own, where anyone could otherwise use the
 * sandbox's open OAuth client to write rows. PATCHBAY_DEMO=1 or 0 decides explicitly.
 */
export function isDemoMode(): boolean {
  const e = env();
  if (e.PATCHBAY_DEMO) return e.PATCHBAY_DEMO === "1";
  return e.PATCHBAY_EMBEDDED_DB === "1";
}
