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

const WHERE = "Copy it again from where your contract was deployed (your deploy tool or a block explorer)";

/** Why a text is not a contract's H160 on a pallet-revive network, in words; undefined when it is one. */
export function h160Problem(value: string, networkName: string): string | undefined {
  const text = value.trim();
  const form = `Contracts on ${networkName} have Ethereum-style addresses: 0x followed by 40 characters, digits 0-9 and letters a-f (for example 0x5FbDB2315678afecb367f032d93F642f64180aa3)`;
  if (text === "") return "Enter a contract address";
  if (!/^0x/i.test(text)) return `${form}; this looks like another kind of address. ${WHERE}`;
  if (!/^0x[0-9a-fA-F]{40}$/.test(text)) return `This is not a valid contract address. ${form}. ${WHERE}`;
  // EIP-55: mixed case carries a checksum; all lower or all upper case carries none.
  if (!isAddress(text, { strict: true }))
    return `This contract address has a typo: its mix of upper- and lower-case letters (its checksum) does not match. ${WHERE}`;
  return undefined;
}
