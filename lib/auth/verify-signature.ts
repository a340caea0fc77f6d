// Strict signature check for `signRaw`: wallets sign `<Bytes>message</Bytes>`, and we verify
// against exactly those bytes. util-crypto's `signatureVerify` would also accept a signature of
// the bare message; we do not, so a signature made for another purpose cannot sign someone in.
import { hexToU8a, isHex, stringToU8a, u8aConcat, U8A_WRAP_POSTFIX, U8A_WRAP_PREFIX } from "@polkadot/util";
import { cryptoWaitReady, ed25519Verify, secp256k1Verify, sr25519Verify } from "@polkadot/util-crypto";

export type KeyType = "sr25519" | "ed25519" | "ecdsa";

/** The exact bytes a wallet signs for `signRaw({ type: "bytes", data: message })`. */
export function wrappedMessageBytes(message: string): Uint8Array {
  // Built by hand rather than with u8aWrapBytes, which leaves already-wrapped input unchanged.
  return u8aConcat(U8A_WRAP_PREFIX, stringToU8a(message), U8A_WRAP_POSTFIX);
}

function attempt(fn: () => boolean): boolean {
  try {
    return fn();
  } catch {
    return false; // wrong length or a point off the curve: simply not a valid signature
  }
}

/**
 * Which key type produced `signatureHex` over the wrapped `message` for `accountId`, or null.
 * Accepts raw signatures (64 bytes sr25519/ed25519, 65 bytes ecdsa) and the MultiSignature form
 * some wallets return (a type byte 0x00 ed25519, 0x01 sr25519, 0x02 ecdsa, then the signature).
 */
export async function verifyWrappedSignature(
  message: string,
  signatureHex: string,
  accountId: Uint8Array,
): Promise<KeyType | null> {
  if (!isHex(signatureHex)) return null;
  await cryptoWaitReady(); // sr25519 runs in wasm
  const bytes = wrappedMessageBytes(message);
  const sig = hexToU8a(signatureHex);

  const sr = (s: Uint8Array) => attempt(() => sr25519Verify(bytes, s, accountId));
  const ed = (s: Uint8Array) => attempt(() => ed25519Verify(bytes, s, accountId));
  // ecdsa accounts are blake2(compressed public key): secp256k1Verify recovers and compares that.
  const ec = (s: Uint8Array) => attempt(() => secp256k1Verify(bytes, s, accountId, "blake2"));

  if (sig.length === 64) {
    if (sr(sig)) return "sr25519";
    if (ed(sig)) return "ed25519";
    return null;
  }
  if (sig.length === 65) {
    if (ec(sig)) return "ecdsa";
    if (sig[0] === 0x00 && ed(sig.subarray(1))) return "ed25519";
    if (sig[0] === 0x01 && sr(sig.subarray(1))) return "sr25519";
    return null;
  }
  if (sig.length === 66 && sig[0] === 0x02 && ec(sig.subarray(1))) return "ecdsa";
  return null;
}
