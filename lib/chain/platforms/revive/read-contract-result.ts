// Reads what ReviveApi.instantiate / ReviveApi.call answered, whatever the runtime's version names
// its fields (polkadot-sdk stable2603 says `weightRequired`, older revive runtimes `gasRequired`).
import type { Codec } from "@polkadot/types/types";
import type { HexString } from "@polkadot/util/types";

export type TReviveWeight = { refTime: bigint; proofSize: bigint };

export type TReviveContractResult = {
  /** What the real transaction must be allowed to use. */
  weightRequired: TReviveWeight;
  /** Tokens the storage will lock (positive) or free (negative), in the chain's smallest unit. */
  storageDeposit: bigint;
  /** Ok: what the contract returned; err: a dispatch error of the pallet (e.g. "revive.CodeRejected"). */
  outcome: { ok: true; reverted: boolean; data: HexString; address?: HexString } | { ok: false; error: string };
};

type TJson = {
  weightRequired?: { refTime: number | string; proofSize: number | string };
  gasRequired?: { refTime: number | string; proofSize: number | string };
  storageDeposit: { charge?: string | number; refund?: string | number };
  result: {
    ok?: {
      result?: { flags: { bits: number }; data: HexString };
      flags?: { bits: number };
      data?: HexString;
      addr?: HexString;
    };
    err?: unknown;
  };
};

/** Turns a ReviveApi ContractResult codec into plain values. `describeError` names a DispatchError. */
export function readContractResult(result: Codec, describeError: (err: unknown) => string): TReviveContractResult {
  const json = result.toJSON() as unknown as TJson;
  const w = json.weightRequired ?? json.gasRequired ?? { refTime: 0, proofSize: 0 };
  const deposit =
    json.storageDeposit.charge !== undefined
      ? BigInt(json.storageDeposit.charge)
      : -BigInt(json.storageDeposit.refund ?? 0);
  const weightRequired = { refTime: BigInt(w.refTime), proofSize: BigInt(w.proofSize) };
  if (!json.result.ok) {
    return { weightRequired, storageDeposit: deposit, outcome: { ok: false, error: describeError(json.result.err) } };
  }
  // Instantiate answers { result: { flags, data }, addr }; call answers { flags, data }.
  const exec = json.result.ok.result ?? {
    flags: json.result.ok.flags ?? { bits: 0 },
    data: json.result.ok.data ?? "0x",
  };
  return {
    weightRequired,
    storageDeposit: deposit,
    outcome: { ok: true, reverted: (exec.flags.bits & 1) === 1, data: exec.data, address: json.result.ok.addr },
  };
}
