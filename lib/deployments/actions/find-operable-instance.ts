// The instance a signed-in person is about to change on chain (a settings action, an upgrade): found
// only through a team where their role may change settings (the check is inside the query), and only
// once it is on chain. `doing` finishes the refusals' sentences, e.g. "change its settings".
import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { rolesAllowed } from "@/lib/auth/permissions";
import { isOnChain } from "@/lib/statuses/deployment-statuses";

export async function findOperableInstance(
  actorId: string,
  deploymentId: string,
  doing: { may: string; cannot: string },
) {
  const d = await db.deployment.findFirst({
    where: {
      id: deploymentId,
      team: { members: { some: { userId: actorId, role: { in: rolesAllowed("deployment.settings") } } } },
    },
    include: { network: true, brickVersion: true },
  });
  if (!d)
    throw new AppError("NOT_FOUND", {
      userMessage: `This instance does not exist, or your role in its team may not ${doing.may}.`,
    });
  if (!d.address || !isOnChain(d.status))
    throw new AppError("CONFLICT", { userMessage: `The instance is not on chain, so ${doing.cannot}.` });
  return { ...d, address: d.address };
}
