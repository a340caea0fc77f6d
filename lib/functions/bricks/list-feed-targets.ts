// The contracts a function brick may deliver to, for one builder: deployments of their own teams
// (a role that may configure functions, checked in the query) that are live on chain (an address,
// finalized or linked) and made from a contract brick the function says it can feed.
import "server-only";
import { u8aToHex } from "@polkadot/util";
import { rolesAllowed } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { TARGET_SELECT } from "./find-function-target";

export type TFeedTarget = {
  id: string;
  name: string;
  address: string;
  teamId: string;
  teamName: string;
  brick: string;
  networkName: string;
};

export async function listFeedTargets(opts: { actorId: string; feeds: string[]; deploymentId?: string }) {
  const rows = await db.deployment.findMany({
    where: {
      ...(opts.deploymentId ? { id: opts.deploymentId } : {}),
      team: { members: { some: { userId: opts.actorId, role: { in: rolesAllowed("function.configure") } } } },
      address: { not: null },
      status: { in: ["finalized", "linked"] },
      brickVersion: { bundleKind: { in: ["ink"] }, brick: { slug: { in: opts.feeds } } },
    },
    orderBy: { createdAt: "desc" },
    take: 100,
    select: {
      ...TARGET_SELECT,
      // The code only for the one target being connected: deliveries encode against the whole bundle.
      brickVersion: { select: { abi: true, wasm: !!opts.deploymentId, brick: { select: { slug: true } } } },
    },
  });
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    address: r.address!,
    teamId: r.teamId,
    teamName: r.team.name,
    brick: r.brickVersion.brick.slug,
    networkName: r.network.name,
    networkId: r.networkId,
    abi: opts.deploymentId ? withCode(r.brickVersion.abi, r.brickVersion.wasm) : r.brickVersion.abi,
  }));
}

/** The stored ABI (metadata without code) back into the .contract bundle the delivery path parses. */
function withCode(abiText: string, wasm: Uint8Array | undefined): string {
  const abi = JSON.parse(abiText) as Record<string, unknown>;
  const source = (abi.source ?? {}) as Record<string, unknown>;
  return JSON.stringify({ ...abi, source: { ...source, wasm: wasm ? u8aToHex(wasm) : undefined } });
}
