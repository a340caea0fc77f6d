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
  if (key) {
    if (remembered.size >= MAX_ENTRIES) remembered.delete(remembered.keys().next().value!);
    remembered.set(key, fee);
  }
  return fee;
}
