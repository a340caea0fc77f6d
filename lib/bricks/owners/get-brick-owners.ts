// Who owns a brick (a person, optionally with a team of theirs), as the brick management page shows
// it, and whether the person looking may transfer it. Read in one transaction so the answer and the
// relation come from the same state.
import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { canBrick } from "@/lib/auth/permissions";
import { brickRelationOf } from "./require-brick-permission";

export type TBrickOwners = {
  user: { name: string | null; address: string | null; isYou: boolean } | null;
  team: { name: string; slug: string } | null;
  canTransfer: boolean;
};

export async function getBrickOwners({ actorId, slug }: { actorId: string; slug: string }): Promise<TBrickOwners> {
  return db.$transaction(async (tx) => {
    const brick = await tx.brick.findUnique({
      where: { slug },
      select: { id: true, ownerUserId: true, ownerTeamId: true },
    });
    if (!brick) throw new AppError("NOT_FOUND", { userMessage: `There is no brick "${slug}".` });
    const [user, team, relation] = await Promise.all([
      brick.ownerUserId
        ? tx.user.findUnique({
            where: { id: brick.ownerUserId },
            select: {
              id: true,
              name: true,
              accounts: { select: { address: true }, orderBy: { createdAt: "asc" }, take: 1 },
            },
          })
        : null,
      brick.ownerTeamId
        ? tx.team.findUnique({ where: { id: brick.ownerTeamId }, select: { name: true, slug: true } })
        : null,
      brickRelationOf(tx, { actorId, brickId: brick.id }),
    ]);
    return {
      user: user ? { name: user.name, address: user.accounts[0]?.address ?? null, isYou: user.id === actorId } : null,
      team,
      canTransfer: canBrick(relation, "brick.transfer"),
    };
  });
}
