// The exact bytes a worker signs: a domain tag (so a receipt signature can never be mistaken for any
// other signature made with the key) and the receipt as canonical JSON.
import { stringToU8a } from "@polkadot/util";
import { canonicalJson } from "@/lib/audits/canonical-json";
import { RECEIPT_FORMAT, type TDeliveryRecord, type TReceipt } from "./types";

export function receiptSigningBytes(receipt: TReceipt): Uint8Array {
  return stringToU8a(`${RECEIPT_FORMAT}\n${canonicalJson(receipt)}`);
}

export function deliverySigningBytes(receiptSignature: string, delivery: TDeliveryRecord): Uint8Array {
  return stringToU8a(`${RECEIPT_FORMAT}/delivery\n${canonicalJson({ delivery, receiptSignature })}`);
}
