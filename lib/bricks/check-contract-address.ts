// The live half of the `contract-address` format: is there a contract at this address on the chosen
// network? The form calls it after the static SS58 check passes. The chain lookup is injectable so
// the logic is tested without a chain, and nothing here knows about UI.
import type { ApiPromise } from "@polkadot/api";
import { addressProblem } from "./config-formats";

/** Returns the contract's code hash, or null when no contract lives at the address. */
export type ContractInfoQuery = (address: string) => Promise<{ codeHash: string } | null>;

export type ContractAddressCheck = { ok: true; codeHash: string } | { ok: false; message: string };

/** The default lookup: pallet-contracts' ContractInfoOf storage on the connected chain. */
export function contractInfoQuery(api: ApiPromise): ContractInfoQuery {
  return async (address) => {
    const contracts = api.query.contracts;
    if (!contracts?.contractInfoOf) throw new NoContractsPallet();
    // Option<ContractInfo>; typed structurally so this file needs no chain-specific type augmentation.
    const info = (await contracts.contractInfoOf(address)) as unknown as {
      isNone: boolean;
      unwrap(): { codeHash: { toHex(): string } };
    };
    if (info.isNone) return null;
    return { codeHash: info.unwrap().codeHash.toHex() };
  };
}

class NoContractsPallet extends Error {}

export async function checkContractAddress(
  address: string,
  source: ApiPromise | ContractInfoQuery,
  opts: { networkName?: string } = {},
): Promise<ContractAddressCheck> {
  const staticProblem = addressProblem(address, "contract address");
  if (staticProblem) return { ok: false, message: staticProblem };
  const query = typeof source === "function" ? source : contractInfoQuery(source);
  const where = opts.networkName ? ` on ${opts.networkName}` : " on this network";
  try {
    const info = await query(address.trim());
    if (!info) {
      return {
        ok: false,
        message: `There is no contract at this address${where}. Check the address, or that you picked the network where your contract lives`,
      };
    }
    return { ok: true, codeHash: info.codeHash };
  } catch (error) {
    if (error instanceof NoContractsPallet)
      return { ok: false, message: `This network does not run ink! smart contracts (no contracts pallet)` };
    return {
      ok: false,
      message: `Could not ask the network about this address right now (${(error as Error).message}). Try again in a moment`,
    };
  }
}
