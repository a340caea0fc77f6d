// Verifies an attestation from its parts alone: the text is rebuilt from the five fields (so a
// changed brick, version, code hash, report hash or date changes the text), compared with the
// stored text, and the wallet signature is checked over <Bytes>text</Bytes> for the signer's key.
// Browser-safe: the brick page's "Verify again" runs this very function.
import { u8aToHex } from "@polkadot/util";
import { decodeSs58 } from "@/lib/auth/address";
import { verifyWrappedSignature, type KeyType } from "@/lib/auth/verify-signature";
import { encodeAttestation } from "./attestation-payload";
import type { TAttestationFields } from "./schemas";

export interface AttestationToVerify extends TAttestationFields {
  /** SS58 address of the signer. */
  signer: string;
  signature: string;
  /** The stored text, when there is one: it must equal the text rebuilt from the fields. */
  payload?: string;
  /** The stored public key (account id), when there is one: it must be the signer's. */
  publicKey?: string;
}

export type VerifyResult = { ok: true; keyType: KeyType; payload: string } | { ok: false; reason: string };

export async function verifyAttestation(a: AttestationToVerify): Promise<VerifyResult> {
  let payload: string;
  try {
    payload = encodeAttestation(a);
  } catch {
    return { ok: false, reason: "One of the signed fields is not in its canonical form." };
  }
  if (a.payload !== undefined && a.payload !== payload) {
    return {
      ok: false,
      reason: "The signed text does not match this brick, version, code hash, report hash and date.",
    };
  }
  let accountId: Uint8Array;
  try {
    accountId = decodeSs58(a.signer);
  } catch {
    return { ok: false, reason: "The signer is not a valid SS58 address." };
  }
  if (a.publicKey !== undefined && a.publicKey.toLowerCase() !== u8aToHex(accountId)) {
    return { ok: false, reason: "The stored public key is not the signer's." };
  }
  const keyType = await verifyWrappedSignature(payload, a.signature, accountId);
  if (!keyType) return { ok: false, reason: "The signature does not match the signed text and the signer's key." };
  return { ok: true, keyType, payload };
}
