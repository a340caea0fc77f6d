// Checks a signed sign-in message: the site it names, the account, the time window, the signature
// over the <Bytes>-wrapped text, and — last, so a bad signature cannot burn someone's nonce — that
// its nonce is unused. Storage is injected so the rules are unit-tested without a database.
import { u8aToHex } from "@polkadot/util";
import { encodeAddress } from "@polkadot/util-crypto";
import { AppError } from "@/lib/errors";
import { AddressError, decodeSs58, GENERIC_SS58_PREFIX } from "@/lib/auth/address";
import { parseSiwsMessage, SiwsParseError } from "@/lib/auth/siws-message";
import { verifyWrappedSignature, type KeyType } from "@/lib/auth/verify-signature";

/** Allowed difference between our clock and the message's issue time. */
export const CLOCK_SKEW_MS = 60_000;

export type SignInInput = { message: string; signature: string; address: string };

export type SignInContext = {
  /** host[:port] and origin this server answers on (see app-origin.ts). */
  domain: string;
  origin: string;
  now?: Date;
  /** Marks the nonce used if it is unused, unexpired and was issued for this account; true if so. */
  consumeNonce: (nonce: string, address: string, now: Date) => Promise<boolean>;
};

export type VerifiedSignIn = { accountId: `0x${string}`; address: string; keyType: KeyType };

const refuse = (userMessage: string): never => {
  throw new AppError("UNAUTHENTICATED", { userMessage });
};

function parseOrRefuse(message: string) {
  try {
    return parseSiwsMessage(message);
  } catch (error) {
    if (error instanceof SiwsParseError) refuse(error.message);
    throw error;
  }
}

function decodeOrRefuse(address: string): Uint8Array {
  try {
    return decodeSs58(address);
  } catch (error) {
    if (error instanceof AddressError) refuse(error.message);
    throw error;
  }
}

export async function verifySignIn(input: SignInInput, ctx: SignInContext): Promise<VerifiedSignIn> {
  const now = ctx.now ?? new Date();
  const fields = parseOrRefuse(input.message);
  if (fields.domain !== ctx.domain || fields.uri !== ctx.origin) {
    refuse(`This message asks you to sign in to ${fields.domain}, not to ${ctx.domain}. Start again from this site.`);
  }
  const accountId = decodeOrRefuse(input.address);
  if (u8aToHex(decodeOrRefuse(fields.address)) !== u8aToHex(accountId)) {
    refuse("The message was written for another account than the one that signed it.");
  }
  if (Date.parse(fields.issuedAt) > now.getTime() + CLOCK_SKEW_MS) {
    refuse("This message is dated in the future. Check your computer's clock.");
  }
  if (Date.parse(fields.expirationTime) <= now.getTime()) {
    refuse("This sign-in request has expired. Please sign in again.");
  }

  const keyType = await verifyWrappedSignature(input.message, input.signature, accountId);
  if (!keyType) return refuse("The signature does not match this message and account.");

  const address = encodeAddress(accountId, GENERIC_SS58_PREFIX);
  if (!(await ctx.consumeNonce(fields.nonce, address, now))) {
    refuse("This sign-in request was already used or has expired. Please sign in again.");
  }
  return { accountId: u8aToHex(accountId), address, keyType };
}
