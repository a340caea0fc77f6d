// "Does this receipt verify?": its shape, the signer is a published worker key, the signature is that
// key's over exactly this receipt, and so is the delivery's when there is one. Any edit to any field
// (an output hash, a URL, a timing) breaks the signature.
import { u8aToHex } from "@polkadot/util";
import { cryptoWaitReady, decodeAddress, sr25519Verify } from "@polkadot/util-crypto";
import { publishedWorkerKeys } from "./published-keys";
import { ZSignedReceipt } from "./schema";
import { deliverySigningBytes, receiptSigningBytes } from "./signing-bytes";
import type { TReceipt, TWorkerIdentity } from "./types";

export type TVerifyOutcome = { valid: boolean; reason: string | null };

export type TVerifyOptions = {
  /** Public keys (0x hex) of the workers whose receipts are trusted: the published worker keys. */
  trustedKeys: string[];
};

function signatureValid(message: Uint8Array, signature: string, signer: TWorkerIdentity): boolean {
  try {
    if (u8aToHex(decodeAddress(signer.address)) !== signer.publicKey) return false;
    return sr25519Verify(message, signature, signer.publicKey);
  } catch {
    return false;
  }
}

/** Checks a signed receipt; without trustedKeys, against this installation's published worker keys. */
export async function verifyReceipt(input: unknown, opts?: TVerifyOptions): Promise<TVerifyOutcome> {
  const parsed = ZSignedReceipt.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { valid: false, reason: `the receipt is not well formed (${issue.path.join(".")}: ${issue.message})` };
  }
  const signed = parsed.data;
  const keys = opts?.trustedKeys ?? (await publishedWorkerKeys()).map((k) => k.publicKey);
  const trusted = new Set(keys.map((k) => k.toLowerCase()));
  await cryptoWaitReady();
  if (!trusted.has(signed.signer.publicKey)) {
    return { valid: false, reason: "the receipt was signed by a key that is not a published worker key" };
  }
  const receipt = signed.receipt as TReceipt;
  if (!signatureValid(receiptSigningBytes(receipt), signed.signature, signed.signer)) {
    return { valid: false, reason: "the signature does not match the receipt (it was changed after signing)" };
  }
  const proof = signed.deliveryProof;
  if (proof) {
    if (!trusted.has(proof.signer.publicKey)) {
      return { valid: false, reason: "the delivery was signed by a key that is not a published worker key" };
    }
    if (!signatureValid(deliverySigningBytes(signed.signature, proof.delivery), proof.signature, proof.signer)) {
      return { valid: false, reason: "the delivery's signature does not match (it was changed after signing)" };
    }
  }
  return { valid: true, reason: null };
}
