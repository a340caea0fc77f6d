// Low balance is reported before a run, not discovered when the delivery fails: the free balance
// (read by the caller with the nonce, in the same storage read) must cover a few deliveries' fees
// plus the existential deposit.
import "server-only";
import type { ApiPromise } from "@polkadot/api";

export type TBalanceCheck = { ok: boolean; free: bigint; needed: bigint; message?: string };

export function checkAutomationBalance(
  api: ApiPromise,
  address: string,
  free: bigint,
  estimatedFee: bigint,
  deliveries = 3,
): TBalanceCheck {
  const existential = (api.consts.balances.existentialDeposit as unknown as { toBigInt(): bigint }).toBigInt();
  const needed = estimatedFee * BigInt(deliveries) + existential;
  if (free >= needed) return { ok: true, free, needed };
  const decimals = api.registry.chainDecimals[0] ?? 12;
  const symbol = api.registry.chainTokens[0] ?? "units";
  const fmt = (v: bigint) => `${Number(v) / 10 ** decimals} ${symbol}`;
  return {
    ok: false,
    free,
    needed,
    message: `The automation account ${address} has ${fmt(free)}; deliveries need about ${fmt(needed)}. Send it some tokens.`,
  };
}
