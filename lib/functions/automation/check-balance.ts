// Low balance is reported before a run, not discovered when the delivery fails: the free balance
// must cover a few deliveries' fees (estimated from the last fee paid, or the chain's existential
// deposit times ten when nothing was paid yet).
import "server-only";
import type { ApiPromise } from "@polkadot/api";

export type TBalanceCheck = { ok: boolean; free: bigint; needed: bigint; message?: string };

export async function checkAutomationBalance(
  api: ApiPromise,
  address: string,
  estimatedFee: bigint,
  deliveries = 3,
): Promise<TBalanceCheck> {
  const account = (await api.query.system.account(address)) as unknown as { data: { free: { toBigInt(): bigint } } };
  const free = account.data.free.toBigInt();
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
