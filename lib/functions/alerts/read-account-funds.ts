// An automation account's free balance on its network, and what one delivery costs: the fee it paid
// for its last delivery (read from that block's TransactionFeePaid event), or, before any was paid,
// ten times the existential deposit — the same estimate lib/functions/automation/check-balance.ts
// documents for the delivery itself.
import "server-only";
import { getChainApi } from "@/lib/chain/api-pool";

export type TAccountFunds = { free: bigint; existentialDeposit: bigint; feePerDelivery: bigint };

type TBig = { toBigInt(): bigint };

export async function readAccountFunds(
  rpcUrl: string,
  networkName: string,
  address: string,
  lastFeeBlock: string | null,
): Promise<TAccountFunds> {
  // The pool's connection (shared with the rest of the app, so usually already open); a network that
  // refuses at once fails at once, one that hangs is given the pool's usual 10 s.
  const api = await getChainApi(rpcUrl, { networkName });
  const account = (await api.query.system.account(address)) as unknown as { data: { free: TBig } };
  const existentialDeposit = (api.consts.balances.existentialDeposit as unknown as TBig).toBigInt();
  let feePerDelivery = existentialDeposit * 10n;
  if (lastFeeBlock) {
    try {
      const events = (await (await api.at(lastFeeBlock)).query.system.events()) as unknown as Array<{
        event: { section: string; method: string; data: unknown[] };
      }>;
      for (const { event } of events)
        if (
          event.section === "transactionPayment" &&
          event.method === "TransactionFeePaid" &&
          api.createType("AccountId", address).eq(event.data[0])
        )
          feePerDelivery = (event.data[1] as TBig).toBigInt();
    } catch {
      // The block is gone (a pruned node, a reset dev chain): keep the estimate.
    }
  }
  return { free: account.data.free.toBigInt(), existentialDeposit, feePerDelivery };
}
