// Explicit ownership transfer: the brick's owner (or a platform admin) hands it to another auditor,
// optionally with a team of theirs (whose owners/admins then co-own it). The new owner must be an
// auditor already, since owning a brick means publishing its versions. Logged in the audit log.
import "server-only";
import { u8aToHex } from "@polkadot/util";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { decodeSs58 } from "@/lib/auth/address";
import { writeAuditLog } from "@/lib/history/write-history";
import { BRICK_OWNER_TEAM_ROLES, parsePlatformRoles } from "@/lib/auth/permissions";
import { revalidateCatalog } from "@/lib/catalog/revalidate-catalog";
import { requireBrickPermission } from "./require-brick-permission";
import { ZTransferBrick, type TTransferBrick } from "./schemas";

export async function transferBrick(
  opts: TTransferBrick & { actorId: string; via?: { teamId: string; tokenId: string } },
) {
  const input = ZTransferBrick.parse(opts);
  const publicKey = u8aToHex(decodeSs58(input.toAddress));
  const result = await db.$transaction(async (tx) => {
    const { brickId } = await requireBrickPermission(tx, {
      actorId: opts.actorId,
      slug: input.slug,
      action: "brick.transfer",
    });
    const account = await tx.walletAccount.findUnique({
      where: { publicKey },
      select: { user: { select: { id: true, platformRoles: true } } },
    });
    if (!account) {
      throw new AppError("NOT_FOUND", {
        userMessage: "Nobody has signed in to Brickyard with this address yet.",
        fields: { toAddress: ["Not a Brickyard user yet."] },
      });
    }
    if (!parsePlatformRoles(account.user.platformRoles).includes("auditor")) {
      throw new AppError("BAD_INPUT", {
        userMessage: "The new owner must be an auditor (a platform admin can make them one).",
        fields: { toAddress: ["Not an auditor."] },
      });
    }
    let teamId: string | null = null;
    if (input.teamSlug) {
      // Only a team the NEW owner manages: nobody hands a brick to a team on someone's behalf.
      const team = await tx.team.findFirst({
        where: {
          slug: input.teamSlug,
          members: { some: { userId: account.user.id, role: { in: [...BRICK_OWNER_TEAM_ROLES] } } },
        },
        select: { id: true },
      });
      if (!team)
        throw new AppError("BAD_INPUT", {
          userMessage: "The new owner does not manage that team.",
          fields: { teamSlug: ["Not a team the new owner manages."] },
        });
      teamId = team.id;
    }
    const before = await tx.brick.update({
      where: { id: brickId },
      data: { ownerUserId: account.user.id, ownerTeamId: teamId },
      select: { slug: true },
    });
    await writeAuditLog(tx, {
      actorId: opts.actorId,
      teamId: opts.via?.teamId,
      action: "brick.transfer",
      target: `brick:${before.slug}`,
      detail: {
        toUserId: account.user.id,
        toTeamId: teamId,
        ...(opts.via ? { via: "api", tokenId: opts.via.tokenId } : {}),
      },
    });
    return { slug: before.slug, ownerUserId: account.user.id, ownerTeamId: teamId };
  });
  revalidateCatalog({ slug: result.slug });
  return result;
}
