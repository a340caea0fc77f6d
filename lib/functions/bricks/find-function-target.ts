// The contract a function instance feeds, as the instance page, the edit page and "Save changes" read
// it: one select, so the three agree on what a target is. Not a permission check: callers load the
// instance through a query that checks the actor's team first, and pass its target's id.
import "server-only";
import { db } from "@/lib/db";

export const TARGET_SELECT = {
  id: true,
  name: true,
  address: true,
  teamId: true,
  networkId: true,
  team: { select: { name: true } },
  network: { select: { name: true } },
  brickVersion: { select: { brick: { select: { slug: true } } } },
} as const;

export async function findFunctionTarget(deploymentId: string | null) {
  return deploymentId ? db.deployment.findUnique({ where: { id: deploymentId }, select: TARGET_SELECT }) : null;
}
