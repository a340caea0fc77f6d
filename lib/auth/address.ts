// Addresses are normalised to the account id (32 bytes, hex): the same key signs in whatever SS58
// prefix the wallet shows. For sr25519/ed25519 the account id is the public key; for ecdsa it is
// the blake2-256 hash of the compressed public key (Substrate's rule), which is what we can check.
import { isHex, u8aToHex } from "@polkadot/util";
import { decodeAddress, encodeAddress } from "@polkadot/util-crypto";

/** The generic Substrate prefix; used for display and storage of the "last used" address. */
export const GENERIC_SS58_PREFIX = 42;

export class AddressError extends Error {}

const MAX_SS58_LENGTH = 64;

/** Decodes an SS58 address; raw hex keys are refused so a typo cannot pass as an address. */
export function decodeSs58(address: string): Uint8Array {
  const trimmed = address.trim();
  if (!trimmed || isHex(trimmed)) throw new AddressError("This is not a Polkadot (SS58) address.");
  // Base58 decoding is quadratic in the length: a 300,000-character "address" held the event loop
  // for minutes (found by the fuzz suite; zod runs a refine even after a failed max()). A 32-byte
  // account is at most 50 characters in any SS58 prefix.
  if (trimmed.length > MAX_SS58_LENGTH)
    throw new AddressError("This is not a Polkadot (SS58) address: it is too long.");
  try {
    const id = decodeAddress(trimmed);
    if (id.length !== 32) throw new AddressError("This address is not a 32-byte account.");
    return id;
  } catch (error) {
    if (error instanceof AddressError) throw error;
    throw new AddressError("This is not a valid Polkadot (SS58) address: its checksum or format is wrong.");
  }
}

export function accountIdHex(address: string): `0x${string}` {
  return u8aToHex(decodeSs58(address));
}

export function toGenericAddress(address: string): string {
  return encodeAddress(decodeSs58(address), GENERIC_SS58_PREFIX);
}

export function isSs58Address(address: string): boolean {
  try {
    decodeSs58(address);
    return true;
  } catch {
    return false;
  }
}

export function sameAccount(a: string, b: string): boolean {
  try {
    return accountIdHex(a) === accountIdHex(b);
  } catch {
    return false;
  }
}
