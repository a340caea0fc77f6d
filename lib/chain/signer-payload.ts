// The server builds a transaction and the exact payload a browser wallet signs (signer.signPayload);
// the wallet's signature is then attached to that same payload, here. Keys never reach the server.
import "server-only";
import type { ApiPromise } from "@polkadot/api";
import type { SubmittableExtrinsic } from "@polkadot/api/types";
import type { SignerPayloadJSON } from "@polkadot/types/types";
import { hexToU8a, isHex } from "@polkadot/util";
import { blake2AsU8a, signatureVerify } from "@polkadot/util-crypto";

export type { SignerPayloadJSON };

class Captured extends Error {
  constructor(readonly payload: SignerPayloadJSON) {
    super("captured");
  }
}

/**
 * The payload polkadot.js would hand a wallet for `tx` from `address`, with the pool-aware next
 * nonce (system_accountNextIndex counts transactions still waiting for a block, so two deploys in a
 * row from one account get different nonces).
 */
export async function buildSignerPayload(
  api: ApiPromise,
  tx: SubmittableExtrinsic<"promise">,
  address: string,
): Promise<SignerPayloadJSON> {
  const nonce = await api.rpc.system.accountNextIndex(address);
  const signer = { signPayload: async (payload: SignerPayloadJSON) => Promise.reject(new Captured(payload)) };
  try {
    await tx.signAsync(address, { signer, nonce });
  } catch (error) {
    if (error instanceof Captured) return error.payload;
    throw error;
  }
  throw new Error("The transaction was signed without asking the wallet.");
}

/** The bytes a wallet signs for this payload (hashed when longer than 256 bytes, as wallets do). */
function signingBytes(api: ApiPromise, payload: SignerPayloadJSON): Uint8Array {
  const u8a = api.registry
    .createType("ExtrinsicPayload", payload, { version: payload.version })
    .toU8a({ method: true });
  return u8a.length > 256 ? blake2AsU8a(u8a, 256) : u8a;
}

/** Whether `signature` (a wallet's typed 0x01… / 0x00… signature) is `payload` signed by its address. */
export function isPayloadSignature(api: ApiPromise, payload: SignerPayloadJSON, signature: string): boolean {
  if (!isHex(signature)) return false;
  try {
    return signatureVerify(signingBytes(api, payload), hexToU8a(signature), payload.address).isValid;
  } catch {
    return false;
  }
}

/** The signed extrinsic: the payload's call with the wallet's signature attached. */
export function attachSignature(
  api: ApiPromise,
  payload: SignerPayloadJSON,
  signature: string,
): { hex: string; hash: string } {
  const tx = api.tx(api.createType("Call", payload.method));
  tx.addSignature(payload.address, signature as `0x${string}`, payload);
  return { hex: tx.toHex(), hash: tx.hash.toHex() };
}

/** Last block at which a mortal transaction can still be included (undefined: immortal). */
export function mortalUntil(api: ApiPromise, payload: SignerPayloadJSON): number | undefined {
  const era = api.createType("ExtrinsicEra", payload.era);
  if (!era.isMortalEra) return undefined;
  return Number(BigInt(payload.blockNumber)) + era.asMortalEra.period.toNumber();
}

/** Whether a payload built earlier can still be signed: its nonce unused and its mortality not over. */
export async function isStillValid(api: ApiPromise, payload: SignerPayloadJSON): Promise<boolean> {
  const [nonce, header] = await Promise.all([
    api.rpc.system.accountNextIndex(payload.address),
    api.rpc.chain.getHeader(),
  ]);
  const until = mortalUntil(api, payload);
  // Keep a margin of a few blocks: the person still has to read the wallet's prompt and approve.
  return (
    Number(BigInt(payload.nonce)) === nonce.toNumber() && (until === undefined || header.number.toNumber() + 8 < until)
  );
}
