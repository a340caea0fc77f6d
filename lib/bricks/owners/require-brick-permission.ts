// Brick permission check inside the caller's transaction: how the actor stands to the brick
// (lib/auth/permissions.ts, BRICK_PERMISSIONS) is read from the database in the same transaction
// that then writes, and ownership is part of the brick query itself.
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { AppError } from "@/lib/errors";
import {
  BRICK_OWNER_TEAM_ROLES,
  BRICK_PERMISSIONS,
  brickRelation,
  canBrick,
  type BrickAction,
  type BrickRelation,
} from "@/lib/auth/permissions";

/** Prisma filter: bricks this user owns, directly or as an owner/admin of the owning team. */
export async function ownedBrickWhere(tx: Prisma.TransactionClient, actorId: string): Promise<Prisma.BrickWhereInput> {
  const teams = await tx.membership.findMany({
    where: { userId: actorId, role: { in: [...BRICK_OWNER_TEAM_ROLES] } },
    select: { teamId: true },
  });
  return { OR: [{ ownerUserId: actorId }, { ownerTeamId: { in: teams.map((t) => t.teamId) } }] };
}

export async function brickRelationOf(
  tx: Prisma.TransactionClient,
  { actorId, brickId }: { actorId: string; brickId: string },
): Promise<BrickRelation> {
  const actor = await tx.user.findUnique({ where: { id: actorId }, select: { platformRoles: true } });
  if (!actor) return "none";
  const ownsBrick = (await tx.brick.count({ where: { id: brickId, ...(await ownedBrickWhere(tx, actorId)) } })) === 1;
  return brickRelation({ platformRoles: actor.platformRoles, ownsBrick });
}

const DOING: Record<BrickAction, string> = {
  "brick.version.publish": "publish new versions of",
  "brick.deprecate": "deprecate versions of",
  "brick.yank": "yank versions of",
  "brick.transfer": "transfer",
  "brick.coaudit": "audit",
};

/** The brick's id and the actor's relation to it; FORBIDDEN (with who may) when the action is not theirs. */
export async function requireBrickPermission(
  tx: Prisma.TransactionClient,
  { actorId, slug, action }: { actorId: string; slug: string; action: BrickAction },
): Promise<{ brickId: string; relation: BrickRelation }> {
  const brick = await tx.brick.findUnique({
    where: { slug },
    select: { id: true, ownerUserId: true, ownerTeamId: true },
  });
  if (!brick) throw new AppError("NOT_FOUND", { userMessage: `There is no brick "${slug}".` });
  const relation = await brickRelationOf(tx, { actorId, brickId: brick.id });
  if (!canBrick(relation, action)) {
    const owners = brick.ownerUserId || brick.ownerTeamId ? "its owners" : "the platform (it has no other owner)";
    const who = BRICK_PERMISSIONS[action].includes("auditor" as never) ? "auditors" : `${owners} and platform admins`;
    throw new AppError("FORBIDDEN", {
      userMessage: `Only ${who} can ${DOING[action]} "${slug}". Ask an owner to transfer it to you, or co-audit an existing version instead.`,
    });
  }
  return { brickId: brick.id, relation };
}
