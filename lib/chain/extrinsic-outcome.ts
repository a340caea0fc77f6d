// What one included transaction did: success or the dispatch error in words, the contracts it
// instantiated, and the contract events it emitted (raw records, decoded later with an ABI).
import "server-only";
import type { ApiPromise } from "@polkadot/api";
import type { EventRecord } from "@polkadot/types/interfaces";
import { describeDispatchError, type TChainError } from "./dispatch-error";

export type TOutcome = {
  success: boolean;
  error?: TChainError;
  /** (deployer, contract) of every contracts.Instantiated event. */
  instantiated: { deployer: string; contract: string }[];
  /** contracts.ContractEmitted records with their index among the block's events. */
  emitted: { record: EventRecord; eventIndex: number; contract: string }[];
};

/**
 * `section` is the contract pallet: "contracts" (pallet-contracts) or "revive" (pallet-revive, whose
 * Instantiated / ContractEmitted events carry H160 addresses in the same positions).
 */
export async function readOutcome(
  api: ApiPromise,
  blockHash: string,
  extrinsicIndex: number,
  section: "contracts" | "revive" = "contracts",
): Promise<TOutcome> {
  const all = (await api.query.system.events.at(blockHash)) as unknown as EventRecord[];
  const out: TOutcome = { success: false, instantiated: [], emitted: [] };
  all.forEach((record, eventIndex) => {
    const { phase, event } = record;
    if (!phase.isApplyExtrinsic || phase.asApplyExtrinsic.toNumber() !== extrinsicIndex) return;
    if (event.section === "system" && event.method === "ExtrinsicSuccess") out.success = true;
    else if (event.section === "system" && event.method === "ExtrinsicFailed") {
      out.error = describeDispatchError(
        api.registry,
        event.data[0] as unknown as Parameters<typeof describeDispatchError>[1],
      );
    } else if (event.section === section && event.method === "Instantiated") {
      out.instantiated.push({ deployer: event.data[0].toString(), contract: event.data[1].toString() });
    } else if (event.section === section && event.method === "ContractEmitted") {
      out.emitted.push({ record, eventIndex, contract: event.data[0].toString() });
    }
  });
  return out;
}

/** The code hash stored for the contract at `address`, or null when there is none. */
export async function codeHashAt(api: ApiPromise, address: string): Promise<string | null> {
  const info = (await api.query.contracts.contractInfoOf(address)) as unknown as {
    isNone: boolean;
    unwrap(): { codeHash: { toHex(): string } };
  };
  return info.isNone ? null : info.unwrap().codeHash.toHex();
}
