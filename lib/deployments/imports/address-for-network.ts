// The address a person pasted, read in the form the chosen network uses: SS58 on pallet-contracts,
// a 0x H160 on pallet-revive. A form that belongs to the other kind of network says so, because
// that usually means the wrong network was chosen.
import "server-only";
import { isAddress as isSs58 } from "@polkadot/util-crypto";
import { isAddress as isH160 } from "viem";
import { platformAdapter } from "@/lib/chain/platforms";
import { AppError } from "@/lib/errors";

type TNetwork = { name: string; platform: string; ss58Prefix: number };

export function addressForNetwork(address: string, network: TNetwork): string {
  const h160 = isH160(address, { strict: false });
  const ss58 = !h160 && isSs58(address);
  const revive = network.platform === "revive";
  const refuse = (message: string) =>
    new AppError("BAD_INPUT", { userMessage: message, fields: { address: [message] } });
  if (revive && ss58)
    throw refuse(
      `${network.name} runs Ethereum-style contracts with 0x addresses; ${address} is a Substrate address. Choose the network the contract runs on, or paste its 0x address.`,
    );
  if (!revive && h160)
    throw refuse(
      `${address} is an Ethereum-style address, but contracts on ${network.name} have Substrate addresses (SS58). Choose the network the contract runs on.`,
    );
  if (!h160 && !ss58)
    throw refuse(
      `"${address}" is not an address: paste the contract's address as the explorer or the deploy showed it.`,
    );
  return platformAdapter(network.platform).formatAddress(address, network.ss58Prefix);
}
