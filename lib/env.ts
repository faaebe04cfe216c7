import { z } from "zod";

const envSchema = z.object({
  DATABASE_URL: z.string().optional(),
  PORT: z.coerce.number().int().positive().default(3000),
  PATCHBAY_URL: z.string().url().optional(),
  NEXTAUTH_URL: z.string().url().optional(),
  PATCHBAY_DEMO: z.enum(["0", "1"]).optional(),
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

/** Demo mode serves the offline "Acme CRM" provider; on by default, off with PATCHBAY_DEMO=0. */
export function isDemoMode(): boolean {
  return env().PATCHBAY_DEMO !== "0";
}
