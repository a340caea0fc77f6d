// Dry-runs through the runtime API (ContractsApi, WeightV2), as @polkadot/api-contract 16 does:
// nothing is signed or stored. Call data is passed as hex, so polkadot.js never mistakes it for
// length-prefixed bytes.
import "server-only";
import type { ApiPromise } from "@polkadot/api";
import type { WeightV2 } from "@polkadot/types/interfaces";
import { u8aToHex } from "@polkadot/util";
import type { HexString } from "@polkadot/util/types";
import { describeDispatchError, type TChainError } from "./dispatch-error";

export type TGas = { refTime: bigint; proofSize: bigint };

export type TDryRun =
  | { ok: true; reverted: boolean; data: HexString; gas: TGas; deposit: bigint; address?: string; debug: string }
  | { ok: false; error: TChainError; gas: TGas; deposit: bigint; debug: string };

/** The most one transaction may use: the limit for dry-runs, which then report what they needed. */
export function maxDryRunGas(api: ApiPromise): WeightV2 {
  return api.registry.createType<WeightV2>(
    "WeightV2",
    api.consts.system.blockWeights.perClass.normal.maxExtrinsic.unwrap(),
  );
}

type RawResult = {
  gasRequired: WeightV2;
  storageDeposit: { isCharge: boolean; asCharge: { toBigInt(): bigint } };
  debugMessage: { toUtf8(): string };
  result: {
    isOk: boolean;
    asOk: {
      flags: { bits?: { toNumber(): number }; isRevert?: boolean };
      data: { toHex(): HexString };
      result?: { data: { toHex(): HexString }; flags: unknown };
      accountId?: { toString(): string };
    };
    asErr: Parameters<typeof describeDispatchError>[1];
  };
};

function toDryRun(api: ApiPromise, raw: RawResult): TDryRun {
  const gas = { refTime: raw.gasRequired.refTime.toBigInt(), proofSize: raw.gasRequired.proofSize.toBigInt() };
  const deposit = raw.storageDeposit.isCharge ? raw.storageDeposit.asCharge.toBigInt() : 0n;
  const debug = raw.debugMessage.toUtf8();
  if (!raw.result.isOk)
    return { ok: false, error: describeDispatchError(api.registry, raw.result.asErr), gas, deposit, debug };
  // Instantiate results nest the execution result ({ result: { flags, data }, accountId }).
  const exec = raw.result.asOk.result ?? raw.result.asOk;
  const flags = exec.flags as RawResult["result"]["asOk"]["flags"];
  const bits = flags.bits ? flags.bits.toNumber() : flags.isRevert ? 1 : 0;
  return {
    ok: true,
    reverted: (bits & 1) === 1,
    data: exec.data.toHex(),
    gas,
    deposit,
    address: raw.result.asOk.accountId?.toString(),
    debug,
  };
}

export async function dryRunInstantiate(
  api: ApiPromise,
  opts: {
    origin: string;
    code: { Existing: string } | { Upload: HexString };
    inputData: Uint8Array;
    salt: HexString;
    value?: bigint;
  },
): Promise<TDryRun> {
  const raw = await api.call.contractsApi.instantiate(
    opts.origin,
    opts.value ?? 0n,
    maxDryRunGas(api),
    null,
    opts.code,
    u8aToHex(opts.inputData),
    opts.salt,
  );
  return toDryRun(api, raw as unknown as RawResult);
}

export async function dryRunCall(
  api: ApiPromise,
  opts: { origin: string; dest: string; inputData: Uint8Array; value?: bigint },
): Promise<TDryRun> {
  const raw = await api.call.contractsApi.call(
    opts.origin,
    opts.dest,
    opts.value ?? 0n,
    maxDryRunGas(api),
    null,
    u8aToHex(opts.inputData),
  );
  return toDryRun(api, raw as unknown as RawResult);
}
