// Opens an instance's automation key for one signature. The pair lives only in the worker's memory.
import "server-only";
import { Keyring } from "@polkadot/keyring";
import type { KeyringPair } from "@polkadot/keyring/types";
import { cryptoWaitReady } from "@polkadot/util-crypto";
import { db } from "@/lib/db";
import { open } from "../secrets/seal";
import { seedAad } from "./seed-aad";

export async function loadAutomationSigner(instanceId: string): Promise<KeyringPair> {
  const row = await db.automationAccount.findUnique({ where: { instanceId } });
  if (!row) throw new Error("This function has no automation account yet");
  await cryptoWaitReady();
  const seed = open({ ciphertext: row.encryptedSeed, keyId: row.keyId }, seedAad(instanceId));
  return new Keyring({ type: "sr25519", ss58Format: 42 }).addFromUri(seed);
}
