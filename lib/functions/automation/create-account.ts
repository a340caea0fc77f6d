// Each function instance gets its own sr25519 automation account: the key that signs its deliveries.
// Only the public address is ever shown; the seed is sealed with the secrets master key.
import "server-only";
import { Keyring } from "@polkadot/keyring";
import { u8aToHex } from "@polkadot/util";
import { cryptoWaitReady, randomAsHex } from "@polkadot/util-crypto";
import { db } from "@/lib/db";
import { seal } from "../secrets/seal";
import { seedAad } from "./seed-aad";

export async function ensureAutomationAccount(instanceId: string): Promise<{ address: string; publicKey: string }> {
  const existing = await db.automationAccount.findUnique({ where: { instanceId } });
  if (existing) return { address: existing.address, publicKey: existing.publicKey };
  await cryptoWaitReady();
  const seed = randomAsHex(32);
  const pair = new Keyring({ type: "sr25519", ss58Format: 42 }).addFromUri(seed);
  const sealed = seal(seed, seedAad(instanceId));
  const row = await db.automationAccount.upsert({
    where: { instanceId },
    // A concurrent creator won: keep its account (update nothing).
    update: {},
    create: {
      instanceId,
      address: pair.address,
      publicKey: u8aToHex(pair.publicKey),
      encryptedSeed: sealed.ciphertext,
      keyId: sealed.keyId,
    },
  });
  return { address: row.address, publicKey: row.publicKey };
}
