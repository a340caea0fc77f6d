// Key rotation: with the new key in SECRETS_KEY and the old one in SECRETS_KEY_PREVIOUS, re-seals
// every secret and automation-account seed under the new key. Afterwards the old key can be dropped.
import "server-only";
import { db } from "@/lib/db";
import { masterKeys } from "./master-key";
import { open, seal } from "./seal";
import { secretAad } from "./save-secret";
import { seedAad } from "../automation/seed-aad";

export async function rotateSecrets(): Promise<{ secrets: number; accounts: number }> {
  const current = masterKeys().current.id;
  let secrets = 0;
  let accounts = 0;
  for (const r of await db.functionSecret.findMany({ where: { keyId: { not: current } } })) {
    const aad = secretAad(r.instanceId, r.name);
    await db.functionSecret.update({ where: { id: r.id }, data: seal(open(r, aad), aad) });
    secrets++;
  }
  for (const a of await db.automationAccount.findMany({ where: { keyId: { not: current } } })) {
    const aad = seedAad(a.instanceId);
    const sealed = seal(open({ ciphertext: a.encryptedSeed, keyId: a.keyId }, aad), aad);
    await db.automationAccount.update({
      where: { id: a.id },
      data: { encryptedSeed: sealed.ciphertext, keyId: sealed.keyId },
    });
    accounts++;
  }
  return { secrets, accounts };
}
