// Secrets at rest: AES-256-GCM. Format `pb1.<keyId>.<iv>.<tag>.<ciphertext>` (base64url parts).
import crypto from "node:crypto";
import { secretKeys } from "./keys";

const PREFIX = "pb1";

export class DecryptionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "DecryptionError";
  }
}

export function encryptSecret(plaintext: string): string {
  const [current] = secretKeys();
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv("aes-256-gcm", current.key, iv);
  const body = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  const tag = cipher.getAuthTag();
  return [PREFIX, current.id, iv.toString("base64url"), tag.toString("base64url"), body.toString("base64url")].join(".");
}

export function decryptSecret(ciphertext: string): string {
  const [prefix, id, iv, tag, body] = ciphertext.split(".");
  if (prefix !== PREFIX || !id || !iv || !tag || body === undefined) throw new DecryptionError("Not a Patchbay ciphertext");
  const key = secretKeys().find((candidate) => candidate.id === id);
  if (!key) throw new DecryptionError(`The key ${id} that encrypted this secret is not configured`);
  try {
    const decipher = crypto.createDecipheriv("aes-256-gcm", key.key, Buffer.from(iv, "base64url"));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    return Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]).toString("utf8");
  } catch {
    throw new DecryptionError("The secret could not be decrypted (wrong key or tampered data)");
  }
}

export function encryptJson(value: unknown): string {
  return encryptSecret(JSON.stringify(value));
}

export function decryptJson<T = unknown>(ciphertext: string): T {
  return JSON.parse(decryptSecret(ciphertext)) as T;
}

/** The key id a ciphertext was made with, to find secrets that still need re-encrypting after a rotation. */
export function ciphertextKeyId(ciphertext: string): string | null {
  const parts = ciphertext.split(".");
  return parts[0] === PREFIX ? parts[1] ?? null : null;
}
