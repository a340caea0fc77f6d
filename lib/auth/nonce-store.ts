// Sign-in nonces live in the database: single use and short-lived. The check and the "used" mark
// are one UPDATE, so two requests racing with the same signed message cannot both get through.
import "server-only";
import { randomBytes } from "node:crypto";
import { db, type PrismaClient } from "@/lib/db";

/** How long a person has to sign the message in their wallet. */
export const NONCE_TTL_MS = 5 * 60_000;

export async function issueNonce(
  { address, now = new Date() }: { address: string; now?: Date },
  client: PrismaClient = db,
) {
  const nonce = randomBytes(16).toString("hex");
  const expiresAt = new Date(now.getTime() + NONCE_TTL_MS);
  // Housekeeping on the way: an expired or used nonce can never be accepted again, so it goes now
  // (indexed on expiresAt; the rate limits in lib/http/rate-limit.ts bound how many can be open).
  await client.signInNonce.deleteMany({ where: { OR: [{ expiresAt: { lte: now } }, { usedAt: { not: null } }] } });
  await client.signInNonce.create({ data: { nonce, address, expiresAt } });
  return { nonce, issuedAt: now, expiresAt };
}

/** True exactly once per nonce, and only for the account it was issued to, before it expires. */
export async function consumeNonce(
  nonce: string,
  address: string,
  now: Date,
  client: PrismaClient = db,
): Promise<boolean> {
  const { count } = await client.signInNonce.updateMany({
    where: { nonce, address, usedAt: null, expiresAt: { gt: now } },
    data: { usedAt: now },
  });
  return count === 1;
}
