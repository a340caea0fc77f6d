// The address pallet-contracts gives a new instance, computed before it exists:
// blake2-256(b"contract_addr_v1" ++ deployer ++ code_hash ++ Compact(input) ++ input ++ Compact(salt) ++ salt)
// (the pallet's default address generator; checked against the dev chain's Instantiated events).
// The same deployer, code, input and salt always give the same address, and the pallet refuses a
// second instance there (DuplicateContract): with a salt derived from the idempotency key, a retried
// deploy can never create a second contract.
import { compactAddLength, hexToU8a, stringToU8a, u8aConcat } from "@polkadot/util";
import type { HexString } from "@polkadot/util/types";
import { blake2AsU8a, decodeAddress, encodeAddress } from "@polkadot/util-crypto";

const PREFIX = stringToU8a("contract_addr_v1");

export function predictContractAddress(opts: {
  deployer: string;
  codeHash: HexString | string;
  /** The constructor's call data WITHOUT a length prefix: selector ++ SCALE(args). */
  inputData: Uint8Array | HexString;
  salt: Uint8Array | HexString;
  ss58Prefix?: number;
}): string {
  const input = typeof opts.inputData === "string" ? hexToU8a(opts.inputData) : opts.inputData;
  const salt = typeof opts.salt === "string" ? hexToU8a(opts.salt) : opts.salt;
  const entropy = u8aConcat(
    PREFIX,
    decodeAddress(opts.deployer),
    hexToU8a(opts.codeHash),
    compactAddLength(input),
    compactAddLength(salt),
  );
  return encodeAddress(blake2AsU8a(entropy, 256), opts.ss58Prefix ?? 42);
}
