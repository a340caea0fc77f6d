// GET: every network with its health; POST { slug, name, rpcUrl, … }: add a network, checked live
// first (nothing is written when the check fails). Platform admins only (behind the API token).
import { addNetwork } from "@/lib/networks/add-network";
import { listNetworks } from "@/lib/networks/list-networks";
import { networkJson } from "@/lib/networks/network-json";
import { obj, withApiToken } from "../_lib/handle";

export const GET = withApiToken<object>(async ({ actor }) => {
  const rows = await listNetworks({ actorId: actor.actorId });
  return Response.json({ networks: rows.map((n) => networkJson(n, { health: n.health, deployments: n.deployments })) });
});

export const POST = withApiToken<object>(async ({ actor, body }) => {
  const { network, notes } = await addNetwork({ actorId: actor.actorId, input: obj(body) });
  return Response.json(networkJson(network, { notes }), { status: 201 });
});
