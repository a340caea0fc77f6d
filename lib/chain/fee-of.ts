// The fee of a transaction (TransactionPaymentApi.query_info), remembered. That query is a whole
// runtime call, as costly as the dry-run itself (measured with npm run bench:revive: the review was
// one dry-run plus this), yet the answer only depends on the runtime, the fee multiplier, the
// extrinsic's length (the signer's nonce is part of it) and the call's bytes: a builder who reviews
// the same answers again, then deploys, asks the chain once. `sameFeeAs` names what, beside runtime,
// multiplier and signer, makes two transactions cost the same: the review passes the nonce and the
// call bytes; a function delivery passes its instance, message and call-data length (its value
// changes every run, its fee does not).
import "server-only";
import type { ApiPromise } from "@polkadot/api";
import type { SubmittableExtrinsic } from "@polkadot/api/types";

const MAX_ENTRIES = 500;
const remembered = new Map<string, bigint>();
const recent = new Map<string, { fee: bigint; at: number }>();
const RECENT_MS = 10 * 60_000;

function remember<V>(map: Map<string, V>, key: string, value: V) {
  if (map.size >= MAX_ENTRIES) map.delete(map.keys().next().value!);
  map.set(key, value);
}

type TNextFeeMultiplier = (() => Promise<{ toString(): string }>) | undefined;

export async function feeOf(api: ApiPromise, tx: SubmittableExtrinsic<"promise">, signer: string, sameFeeAs: string) {
  // A chain without pallet-transaction-payment's multiplier: asked every time.
  const multiplierOf = api.query.transactionPayment?.nextFeeMultiplier as TNextFeeMultiplier;
  const multiplier = multiplierOf ? (await multiplierOf()).toString() : null;
  const key = multiplier
    ? [api.genesisHash.toHex(), api.runtimeVersion.specVersion.toString(), multiplier, signer, sameFeeAs].join(":")
    : null;
  const known = key ? remembered.get(key) : undefined;
  if (known !== undefined) return known;
  const fee = (await tx.paymentInfo(signer)).partialFee.toBigInt();
  if (key) remember(remembered, key, fee);
  return fee;
}

/**
 * An estimate for a balance check (a function delivery's: "can the account pay the next three?"),
 * where an answer up to ten minutes old will do: the fee multiplier moves a little with every
 * block, so `feeOf`'s exact key would ask the chain on almost every delivery, a runtime call on the
 * path from a trigger to its result.
 */
export async function recentFeeOf(
  api: ApiPromise,
  tx: SubmittableExtrinsic<"promise">,
  signer: string,
  sameFeeAs: string,
) {
  const key = [api.genesisHash.toHex(), api.runtimeVersion.specVersion.toString(), signer, sameFeeAs].join(":");
  const known = recent.get(key);
  if (known && Date.now() - known.at < RECENT_MS) return known.fee;
  const fee = (await tx.paymentInfo(signer)).partialFee.toBigInt();
  remember(recent, key, { fee, at: Date.now() });
  return fee;
}
