// Test keys and a signer that behaves like a browser wallet's signRaw (it wraps in <Bytes>).
import { Keyring } from "@polkadot/keyring";
import { stringToU8a, u8aToHex, u8aWrapBytes } from "@polkadot/util";
import { cryptoWaitReady } from "@polkadot/util-crypto";
import { buildSiwsMessage, SIWS_STATEMENT, type SiwsFields } from "@/lib/auth/siws-message";

export type KeyType = "sr25519" | "ed25519" | "ecdsa";

export async function pair(type: KeyType, uri = "//Alice") {
  await cryptoWaitReady();
  return new Keyring({ type, ss58Format: 42 }).addFromUri(uri);
}

export function walletSign(p: Awaited<ReturnType<typeof pair>>, message: string): `0x${string}` {
  return u8aToHex(p.sign(u8aWrapBytes(stringToU8a(message))));
}

export const NOW = new Date("2026-11-21T10:00:00.000Z");
export const SITE = { domain: "brickyard.test:3100", origin: "http://brickyard.test:3100" };

export function messageFor(address: string, over: Partial<SiwsFields> = {}): string {
  return buildSiwsMessage({
    domain: SITE.domain,
    address,
    statement: SIWS_STATEMENT,
    uri: SITE.origin,
    version: "1",
    nonce: "abcdef0123456789abcdef",
    issuedAt: NOW.toISOString(),
    expirationTime: new Date(NOW.getTime() + 5 * 60_000).toISOString(),
    ...over,
  });
}

/** An in-memory nonce store with the same rule as the database one: once, unexpired, same account. */
export function memoryNonces(entries: Record<string, { address: string; expiresAt: Date }>) {
  const used = new Set<string>();
  return async (nonce: string, address: string, now: Date) => {
    const e = entries[nonce];
    if (!e || used.has(nonce) || e.address !== address || e.expiresAt <= now) return false;
    used.add(nonce);
    return true;
  };
}
