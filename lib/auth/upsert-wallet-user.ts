// After a verified signature: find or create the user behind this account id, give a new user a
// personal team, apply ADMIN_ADDRESSES, and open a database session. One transaction, so a failed
// sign-in leaves no half-made user or team behind.
import "server-only";
import { randomBytes } from "node:crypto";
import { db, type PrismaClient } from "@/lib/db";
import { env } from "@/lib/env";
import { accountIdHex } from "@/lib/auth/address";
import { writeAuditLog } from "@/lib/history/write-history";
import { formatPlatformRoles, parsePlatformRoles } from "@/lib/auth/permissions";
import type { VerifiedSignIn } from "@/lib/auth/verify-sign-in";

export const SESSION_MAX_AGE_S = 30 * 24 * 60 * 60;

/** Account ids of ADMIN_ADDRESSES; an address that does not decode is reported and skipped. */
export function adminAccountIds(addresses = env().ADMIN_ADDRESSES): Set<string> {
  const ids = new Set<string>();
  for (const a of addresses) {
    try {
      ids.add(accountIdHex(a));
    } catch {
      console.warn(`ADMIN_ADDRESSES: "${a}" is not a valid SS58 address; ignored.`);
    }
  }
  return ids;
}

export type SignedInUser = { id: string; name: string | null; sid: string };

export async function upsertWalletUser(
  { verified, walletName, now = new Date() }: { verified: VerifiedSignIn; walletName?: string | null; now?: Date },
  client: PrismaClient = db,
): Promise<SignedInUser> {
  const isAdmin = adminAccountIds().has(verified.accountId);
  return client.$transaction(async (tx) => {
    const account = await tx.walletAccount.findUnique({
      where: { publicKey: verified.accountId },
      include: { user: true },
    });
    let user = account?.user;
    if (account) {
      await tx.walletAccount.update({
        where: { id: account.id },
        data: { address: verified.address, keyType: verified.keyType, name: walletName ?? account.name },
      });
    } else {
      user = await tx.user.create({
        data: {
          name: walletName ?? null,
          accounts: {
            create: {
              publicKey: verified.accountId,
              address: verified.address,
              keyType: verified.keyType,
              name: walletName ?? null,
            },
          },
        },
      });
      const team = await tx.team.create({
        data: {
          name: walletName ? `${walletName}'s team` : "Personal team",
          slug: `personal-${randomBytes(5).toString("hex")}`,
          personal: true,
          members: { create: { userId: user.id, role: "owner" } },
        },
      });
      await writeAuditLog(tx, {
        actorId: user.id,
        teamId: team.id,
        action: "team.create",
        target: `team:${team.id}`,
        detail: { personal: true },
      });
    }
    const roles = parsePlatformRoles(user!.platformRoles);
    if (isAdmin && !roles.includes("admin")) {
      user = await tx.user.update({
        where: { id: user!.id },
        data: { platformRoles: formatPlatformRoles([...roles, "admin"]) },
      });
      await writeAuditLog(tx, {
        actorId: null,
        action: "admin.grant",
        target: `user:${user.id}`,
        detail: { source: "ADMIN_ADDRESSES" },
      });
    }
    const sid = randomBytes(32).toString("base64url");
    await tx.session.create({
      data: { sessionToken: sid, userId: user!.id, expires: new Date(now.getTime() + SESSION_MAX_AGE_S * 1000) },
    });
    return { id: user!.id, name: user!.name, sid };
  });
}
