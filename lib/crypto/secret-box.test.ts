import { describe, expect, it, afterEach } from "vitest";
import crypto from "node:crypto";
import { decryptJson, decryptSecret, encryptJson, encryptSecret, ciphertextKeyId } from "./secret-box";
import { hashPassword, verifyPassword } from "./hash";

const original = process.env.PATCHBAY_SECRET_KEY;
afterEach(() => {
  if (original === undefined) delete process.env.PATCHBAY_SECRET_KEY;
  else process.env.PATCHBAY_SECRET_KEY = original;
});

describe("secret box", () => {
  it("round-trips and never contains the plaintext", () => {
    const ciphertext = encryptSecret("sk_live_very_secret");
    expect(ciphertext).not.toContain("sk_live_very_secret");
    expect(decryptSecret(ciphertext)).toBe("sk_live_very_secret");
    expect(decryptJson(encryptJson({ a: 1 }))).toEqual({ a: 1 });
  });

  it("names its key so keys can rotate", () => {
    const oldKey = crypto.randomBytes(32).toString("base64");
    const newKey = crypto.randomBytes(32).toString("base64");
    process.env.PATCHBAY_SECRET_KEY = oldKey;
    const sealed = encryptSecret("rotate me");
    process.env.PATCHBAY_SECRET_KEY = `${newKey},${oldKey}`;
    expect(decryptSecret(sealed)).toBe("rotate me");
    expect(ciphertextKeyId(encryptSecret("x"))).not.toBe(ciphertextKeyId(sealed));
    process.env.PATCHBAY_SECRET_KEY = newKey;
    expect(() => decryptSecret(sealed)).toThrow(/not configured/);
  });

  it("detects tampering", () => {
    const sealed = encryptSecret("hello");
    const parts = sealed.split(".");
    parts[4] = Buffer.from("jello").toString("base64url");
    expect(() => decryptSecret(parts.join("."))).toThrow(/could not be decrypted/);
  });

  it("hashes passwords with scrypt", async () => {
    const hash = await hashPassword("correct horse");
    expect(hash.startsWith("scrypt$")).toBe(true);
    expect(await verifyPassword("correct horse", hash)).toBe(true);
    expect(await verifyPassword("wrong", hash)).toBe(false);
  });
});
