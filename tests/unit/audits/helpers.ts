// Test keys that sign like a browser wallet's signRaw (wrapped in <Bytes>), and a sample attestation.
import { Keyring } from "@polkadot/keyring";
import { stringToU8a, u8aToHex, u8aWrapBytes } from "@polkadot/util";
import { cryptoWaitReady } from "@polkadot/util-crypto";
import type { TAttestationFields } from "@/lib/audits/schemas";

export async function testPair(type: "sr25519" | "ed25519" | "ecdsa" = "sr25519", uri = "//Auditor") {
  await cryptoWaitReady();
  return new Keyring({ type, ss58Format: 42 }).addFromUri(uri);
}

export function walletSign(pair: Awaited<ReturnType<typeof testPair>>, text: string): string {
  return u8aToHex(pair.sign(u8aWrapBytes(stringToU8a(text))));
}

export const FIELDS: TAttestationFields = {
  brick: "fungible-token",
  version: "1.2.0",
  codeHash: `0x${"ab".repeat(32)}`,
  reportHash: `0x${"cd".repeat(32)}`,
  issuedAt: "2026-11-21T10:00:00.000Z",
};
