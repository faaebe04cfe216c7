import { db } from "@/lib/db/client";
import { verifyPassword } from "@/lib/crypto/hash";

export const SIGN_IN_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_ADDRESS = 20;

export class SignInError extends Error {}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

async function failuresSince(where: { email: string } | { ip: string }, since: Date) {
  return db.signInAttempt.count({ where: { ...where, success: false, createdAt: { gt: since } } });
}

/**
 * Checks an e-mail and password. Failed attempts are counted in the database per account and per
 * address (so every web process sees them); past the limit even a right password is refused.
 */
export async function signInWithPassword(emailInput: string, password: string, ip: string) {
  const email = normalizeEmail(emailInput);
  const windowStart = new Date(Date.now() - SIGN_IN_WINDOW_MS);
  const lastSuccess = await db.signInAttempt.findFirst({
    where: { email, success: true, createdAt: { gt: windowStart } },
    orderBy: { createdAt: "desc" },
  });
  const accountSince = lastSuccess && lastSuccess.createdAt > windowStart ? lastSuccess.createdAt : windowStart;
  const [accountFailures, addressFailures] = await Promise.all([
    failuresSince({ email }, accountSince),
    failuresSince({ ip }, windowStart),
  ]);
  if (accountFailures >= MAX_FAILURES_PER_ACCOUNT || addressFailures >= MAX_FAILURES_PER_ADDRESS) {
    throw new SignInError("Too many failed sign-in attempts. Wait 15 minutes and try again.");
  }

  const user = await db.user.findUnique({ where: { email } });
  const valid = user ? await verifyPassword(password, user.passwordHash) : false;
  await db.signInAttempt.create({ data: { email, ip, success: valid } });
  if (!user || !valid) throw new SignInError("Wrong e-mail or password.");
  return { id: user.id, email: user.email, name: user.name };
}
