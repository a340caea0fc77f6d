// The current values of an instance's read-only views, for members of its team (checked in the
// query), read as the person looking. An unreachable network is said in words, not thrown.
import "server-only";
import { rolesAllowed } from "@/lib/auth/permissions";
import { getChainApi } from "@/lib/chain/api-pool";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { readQueries, type TQueryValue } from "./read-queries";
import { isOnChain } from "@/lib/statuses/deployment-statuses";

export type TInstanceQueries = { values: TQueryValue[]; error: string | null; readAt: string };

export async function getInstanceQueries(opts: {
  actor: { id: string; address: string };
  id: string;
}): Promise<TInstanceQueries> {
  const d = await db.deployment.findFirst({
    where: {
      id: opts.id,
      team: { members: { some: { userId: opts.actor.id, role: { in: rolesAllowed("deployment.view") } } } },
    },
    include: { network: true, brickVersion: { select: { id: true, abi: true, manifest: true, wasm: true } } },
  });
  if (!d)
    throw new AppError("NOT_FOUND", {
      userMessage: "This instance does not exist, or you are not a member of its team.",
    });
  const readAt = new Date().toISOString();
  if (!d.address || !isOnChain(d.status)) return { values: [], error: null, readAt };
  try {
    const api = await getChainApi(d.network.rpcUrl, { networkName: d.network.name });
    return { values: await readQueries(api, d, opts.actor.address), error: null, readAt };
  } catch (error) {
    return {
      values: [],
      error: `Could not ask ${d.network.name} right now (${error instanceof Error ? error.message : String(error)}). Brickyard tries again shortly.`,
      readAt,
    };
  }
}
