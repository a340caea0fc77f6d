// Key rotation: with the new key in SECRETS_KEY and the old one in SECRETS_KEY_PREVIOUS, re-seals
// every secret, webhook secret and automation-account seed under the new key. Afterwards the old key can be dropped.
// Idempotent: values already under the current key are left alone, so running it twice re-seals
// nothing the second time. A value that no known key opens is counted (never shown) and left as is.
import "server-only";
import { db } from "@/lib/db";
import { masterKeys, type TMasterKey } from "./master-key";
import { open, seal } from "./seal";
import { secretAad } from "./save-secret";
import { seedAad } from "../automation/seed-aad";
import { webhookAad } from "../webhooks/webhook-aad";

export type TRotation = {
  secrets: number;
  accounts: number;
  /** Already sealed under the current key: nothing to do. */
  alreadyCurrent: number;
  /** Sealed under a key that is neither current nor previous: cannot be re-sealed. */
  unreadable: number;
};

export async function rotateSecrets(
  keys: { current: TMasterKey; all: TMasterKey[] } = masterKeys(),
): Promise<TRotation> {
  const current = keys.current.id;
  const known = new Set(keys.all.map((k) => k.id));
  const out: TRotation = { secrets: 0, accounts: 0, alreadyCurrent: 0, unreadable: 0 };
  out.alreadyCurrent += await db.functionSecret.count({ where: { keyId: current } });
  out.alreadyCurrent += await db.automationAccount.count({ where: { keyId: current } });
  for (const r of await db.functionSecret.findMany({ where: { keyId: { not: current } } })) {
    if (!known.has(r.keyId)) {
      out.unreadable++;
      continue;
    }
    const aad = secretAad(r.instanceId, r.name);
    // Only from the key we read it under: a concurrent save (already under the new key) wins.
    const moved = await db.functionSecret.updateMany({
      where: { id: r.id, keyId: r.keyId },
      data: seal(open(r, aad, keys.all), aad, keys.current),
    });
    out.secrets += moved.count;
  }
  for (const a of await db.automationAccount.findMany({ where: { keyId: { not: current } } })) {
    if (!known.has(a.keyId)) {
      out.unreadable++;
      continue;
    }
    const aad = seedAad(a.instanceId);
    const sealed = seal(open({ ciphertext: a.encryptedSeed, keyId: a.keyId }, aad, keys.all), aad, keys.current);
    const moved = await db.automationAccount.updateMany({
      where: { id: a.id, keyId: a.keyId },
      data: { encryptedSeed: sealed.ciphertext, keyId: sealed.keyId },
    });
    out.accounts += moved.count;
  }
  // Webhook secrets (lib/functions/webhooks) are sealed the same way; counted with the secrets.
  out.alreadyCurrent += await db.functionWebhook.count({ where: { keyId: current } });
  for (const w of await db.functionWebhook.findMany({ where: { keyId: { not: current } } })) {
    if (!known.has(w.keyId)) {
      out.unreadable++;
      continue;
    }
    const aad = webhookAad(w.instanceId);
    const moved = await db.functionWebhook.updateMany({
      where: { id: w.id, keyId: w.keyId },
      data: seal(open(w, aad, keys.all), aad, keys.current),
    });
    out.secrets += moved.count;
  }
  return out;
}
