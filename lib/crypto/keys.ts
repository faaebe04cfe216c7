import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { dataDir } from "@/lib/paths";

export type SecretKey = { id: string; key: Buffer };

function keyId(key: Buffer): string {
  return crypto.createHash("sha256").update(key).digest("hex").slice(0, 8);
}

function decodeKey(text: string): Buffer {
  const trimmed = text.trim();
  const key = /^[0-9a-f]{64}$/i.test(trimmed) ? Buffer.from(trimmed, "hex") : Buffer.from(trimmed, "base64");
  if (key.length !== 32) throw new Error("PATCHBAY_SECRET_KEY must hold 32-byte keys (base64 or 64 hex characters)");
  return key;
}

/** The key generated once into ./data/ when PATCHBAY_SECRET_KEY is unset (embedded default). */
function generatedKey(): string {
  const file = path.join(dataDir(), "secret-key");
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    try {
      fs.writeFileSync(file, crypto.randomBytes(32).toString("base64") + "\n", { flag: "wx", mode: 0o600 });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
  }
  return fs.readFileSync(file, "utf8");
}

let cached: { source: string; keys: SecretKey[] } | undefined;

/**
 * Keys from PATCHBAY_SECRET_KEY: a comma-separated list, the first encrypts and all decrypt, so a key
 * can be rotated by putting the new one first. Each ciphertext names the id of the key it used.
 */
export function secretKeys(): SecretKey[] {
  const source = process.env.PATCHBAY_SECRET_KEY?.trim() || generatedKey();
  if (cached?.source === source) return cached.keys;
  const keys = source
    .split(",")
    .filter((part) => part.trim())
    .map((part) => {
      const key = decodeKey(part);
      return { id: keyId(key), key };
    });
  cached = { source, keys };
  return keys;
}
