// SS58 address decoding without @polkadot/util-crypto, for code that runs in the browser: importing
// util-crypto's decodeAddress bundles @polkadot/wasm-crypto (its blake2 imports it statically), whose
// wasm alone is ~169 KB gzip on every page with a form. Same rules and results as util-crypto 14's
// decodeAddress (checked against it in tests/unit/deployments/deploy-ss58.test.ts), with
// @noble/hashes' blake2b and @scure/base's base58, the JS libraries util-crypto itself builds on.
import { blake2b } from "@noble/hashes/blake2b";
import { base58 } from "@scure/base";

const SS58_PREFIX = new TextEncoder().encode("SS58PRE");
const ALLOWED_ENCODED_LENGTHS = [3, 4, 6, 10, 35, 36, 37, 38];

function checksum(decoded: Uint8Array): [valid: boolean, end: number, prefixLength: number, format: number] {
  const prefixLength = decoded[0] & 0b0100_0000 ? 2 : 1;
  const format =
    prefixLength === 1
      ? decoded[0]
      : ((decoded[0] & 0b0011_1111) << 2) | (decoded[1] >> 6) | ((decoded[1] & 0b0011_1111) << 8);
  const isPublicKey = [34 + prefixLength, 35 + prefixLength].includes(decoded.length);
  const end = decoded.length - (isPublicKey ? 2 : 1);
  const input = new Uint8Array(SS58_PREFIX.length + end);
  input.set(SS58_PREFIX);
  input.set(decoded.subarray(0, end), SS58_PREFIX.length);
  const hash = blake2b(input, { dkLen: 64 });
  const valid =
    (decoded[0] & 0b1000_0000) === 0 &&
    ![46, 47].includes(decoded[0]) &&
    (isPublicKey
      ? decoded[decoded.length - 2] === hash[0] && decoded[decoded.length - 1] === hash[1]
      : decoded[decoded.length - 1] === hash[0]);
  return [valid, end, prefixLength, format];
}

/** The account bytes of an SS58 address (or of 0x hex); throws with util-crypto's messages when invalid. */
export function decodeSs58(encoded: string, ignoreChecksum = false, ss58Format = -1): Uint8Array {
  if (!encoded) throw new Error("Invalid empty address passed");
  if (/^0x[0-9a-fA-F]*$/.test(encoded) && encoded.length % 2 === 0) {
    return Uint8Array.from(encoded.slice(2).match(/../g) ?? [], (h) => parseInt(h, 16));
  }
  try {
    let decoded: Uint8Array;
    try {
      decoded = base58.decode(encoded);
    } catch {
      throw new Error("Invalid base58 character found");
    }
    if (!ALLOWED_ENCODED_LENGTHS.includes(decoded.length)) throw new Error("Invalid decoded address length");
    const [valid, end, prefixLength, format] = checksum(decoded);
    if (!valid && !ignoreChecksum) throw new Error("Invalid decoded address checksum");
    if (ss58Format !== -1 && ss58Format !== format)
      throw new Error(`Expected ss58Format ${ss58Format}, received ${format}`);
    return decoded.slice(prefixLength, end);
  } catch (error) {
    throw new Error(`Decoding ${encoded}: ${(error as Error).message}`);
  }
}

/** Lower-case 0x hex of the account bytes, for comparing addresses whatever their prefix. */
export function ss58ToHex(encoded: string): string {
  return `0x${Array.from(decodeSs58(encoded), (b) => b.toString(16).padStart(2, "0")).join("")}`;
}
