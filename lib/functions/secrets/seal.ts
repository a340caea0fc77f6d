// AES-256-GCM with a fresh 12-byte IV per value. The additional data binds a sealed value to where it
// belongs (e.g. "secret:<instance>:<name>"), so a ciphertext copied onto another row does not open.
import "server-only";
import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { masterKeys, type TMasterKey } from "./master-key";

export type TSealed = { ciphertext: string; keyId: string };

/** `key`: the key to seal with (default SECRETS_KEY); the rotation passes it explicitly. */
export function seal(plaintext: string, aad: string, current: TMasterKey = masterKeys().current): TSealed {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", current.key, iv);
  cipher.setAAD(Buffer.from(aad));
  const body = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return { ciphertext: Buffer.concat([iv, cipher.getAuthTag(), body]).toString("base64"), keyId: current.id };
}

export function open(sealed: TSealed, aad: string, keys: TMasterKey[] = masterKeys().all): string {
  const key = keys.find((k) => k.id === sealed.keyId);
  if (!key) {
    throw new Error(
      `A stored secret was sealed with key ${sealed.keyId}, which is neither SECRETS_KEY nor in SECRETS_KEY_PREVIOUS`,
    );
  }
  const raw = Buffer.from(sealed.ciphertext, "base64");
  const decipher = createDecipheriv("aes-256-gcm", key.key, raw.subarray(0, 12));
  decipher.setAAD(Buffer.from(aad));
  decipher.setAuthTag(raw.subarray(12, 28));
  return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString("utf8");
}
