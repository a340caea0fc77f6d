// A dry-run and the signer's balance, turned into a verdict a builder can read: will it work, and
// if not, why, in words (the chain's error, the contract's revert decoded with the ABI, or money).
import "server-only";
import type { ApiPromise } from "@polkadot/api";
import type { SubmittableExtrinsic } from "@polkadot/api/types";
import type { TDryRun } from "@/lib/chain/dry-run";
import { feeOf } from "@/lib/chain/fee-of";
import { formatTokens } from "@/lib/chain/format-tokens";
import type { TContractCodec } from "./codec/types";

export type TVerdict = { ok: true } | { ok: false; code: string; message: string };

export function explainDryRun(
  codec: Pick<TContractCodec, "explainRevert">,
  call: { kind: "constructor" | "message"; label: string },
  dry: TDryRun,
): TVerdict {
  if (!dry.ok) {
    const said = dry.debug.trim() ? ` The contract's debug output: "${dry.debug.trim().slice(0, 200)}".` : "";
    return { ok: false, code: dry.error.code, message: dry.error.message + said };
  }
  if (dry.reverted) {
    return {
      ok: false,
      code: dry.data === "0x0101" ? "LangError" : "ContractReverted",
      message: codec.explainRevert(call, dry.data),
    };
  }
  return { ok: true };
}

export type TCost = { fee: bigint; deposit: bigint; free: bigint; needed: bigint; enough: boolean };

/** The fee of `tx`, the deposit, and whether the signer's free balance covers both and stays alive. */
export async function costOf(
  api: ApiPromise,
  tx: SubmittableExtrinsic<"promise">,
  signer: string,
  deposit: bigint,
): Promise<TCost> {
  const account = (await api.query.system.account(signer)) as unknown as {
    nonce: { toString(): string };
    data: { free: { toBigInt(): bigint } };
  };
  const fee = await feeOf(api, tx, signer, `${account.nonce.toString()}:${tx.method.toHex()}`);
  const free = account.data.free.toBigInt();
  const existential = (api.consts.balances.existentialDeposit as unknown as { toBigInt(): bigint }).toBigInt();
  const needed = fee + deposit + existential;
  return { fee, deposit, free, needed, enough: free >= needed };
}

export function notEnoughMoney(cost: TCost, network: { decimals: number; tokenSymbol: string }): TVerdict {
  const t = (v: bigint) => formatTokens(v, network.decimals, network.tokenSymbol);
  return {
    ok: false,
    code: "NotEnoughBalance",
    message: `Your account has ${t(cost.free)} available; deploying needs about ${t(cost.needed)} (storage deposit ${t(cost.deposit)}, fee ${t(cost.fee)}, and the minimum balance every account keeps). Add funds to your account, then try again.`,
  };
}

/**
 * A dry-run without an explicit deposit limit is limited by what the signer can pay, so a storage-deposit
 * refusal from an account that holds less than the minimum balance means "add funds", said with the figures.
 */
export async function depositShortfall(
  api: ApiPromise,
  verdict: TVerdict,
  signer: string,
  network: { decimals: number; tokenSymbol: string },
): Promise<TVerdict> {
  if (verdict.ok || !/StorageDeposit(LimitExhausted|NotEnoughFunds)$/.test(verdict.code)) return verdict;
  const account = await api.query.system.account(signer);
  const free = (account as unknown as { data: { free: { toBigInt(): bigint } } }).data.free.toBigInt();
  const t = (v: bigint) => formatTokens(v, network.decimals, network.tokenSymbol);
  return {
    ok: false,
    code: "NotEnoughBalance",
    message: `Your account has ${t(free)} available, not enough for the storage deposit this contract needs. Add funds to your account, then try again.`,
  };
}
