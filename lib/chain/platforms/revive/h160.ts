// The H160 address pallet-revive gives a Substrate account, and checksummed display of H160s.
import { u8aToHex } from "@polkadot/util";
import { decodeAddress, keccakAsU8a } from "@polkadot/util-crypto";
import { getAddress, isAddress } from "viem";

/**
 * pallet-revive's AccountId32Mapper: an account that came from an Ethereum key (its last 12 bytes
 * are 0xEE) is its first 20 bytes; any other account is the last 20 bytes of keccak-256(account).
 * Same answer as ReviveApi.address (checked in tests), without a round trip.
 */
export function h160OfAccount(ss58OrHex: string): `0x${string}` {
  const id = decodeAddress(ss58OrHex);
  const ethDerived = id.slice(20).every((b) => b === 0xee);
  return getAddress(u8aToHex(ethDerived ? id.slice(0, 20) : keccakAsU8a(id, 256).slice(12)));
}

/** An H160 (any case) in EIP-55 checksum form; throws on anything else. */
export function checksumH160(address: string): `0x${string}` {
  if (!isAddress(address, { strict: false })) throw new Error(`${address} is not a 0x address of 20 bytes`);
  return getAddress(address);
}
