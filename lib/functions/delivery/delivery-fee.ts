// The fee a delivery will cost, for the "automation account too poor" check before signing. Asking
// the chain is a runtime call (TransactionPaymentApi), which on a dev chain costs a good part of a
// block and sits between a trigger and its result; the same message with call data of the same
// length costs the same fee, so the last answer for this instance stands for a few minutes.
// The check is a courtesy (a plain message instead of the chain's refusal), never a guarantee.
import "server-only";
import type { SubmittableExtrinsic } from "@polkadot/api/types";

const FRESH_MS = 5 * 60_000;
const known = new Map<string, { fee: bigint; at: number }>();

export async function deliveryFee(
  key: { instanceId: string; message: string; callDataLength: number },
  tx: SubmittableExtrinsic<"promise">,
  signer: string,
): Promise<bigint> {
  const id = `${key.instanceId}:${key.message}:${key.callDataLength}`;
  const hit = known.get(id);
  if (hit && Date.now() - hit.at < FRESH_MS) return hit.fee;
  const fee = (await tx.paymentInfo(signer)).partialFee.toBigInt();
  known.set(id, { fee, at: Date.now() });
  return fee;
}
