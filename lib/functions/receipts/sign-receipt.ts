// Signing a receipt, and adding a delivery that became known only after signing (the transaction is
// submitted after the run): the delivery gets its own signature, bound to the receipt's signature.
import { deliverySigningBytes, receiptSigningBytes } from "./signing-bytes";
import type { TDeliveryRecord, TReceipt, TSignedReceipt } from "./types";
import type { TWorkerKey } from "./worker-key";

export function signReceipt(receipt: TReceipt, key: TWorkerKey): TSignedReceipt {
  return {
    receipt,
    signer: { publicKey: key.publicKey, address: key.address },
    signature: key.sign(receiptSigningBytes(receipt)),
  };
}

export function attachDelivery(signed: TSignedReceipt, delivery: TDeliveryRecord, key: TWorkerKey): TSignedReceipt {
  return {
    ...signed,
    deliveryProof: {
      delivery,
      signer: { publicKey: key.publicKey, address: key.address },
      signature: key.sign(deliverySigningBytes(signed.signature, delivery)),
    },
  };
}
