// POST: check the network again now (genesis, runtime, token, platform). Another genesis hash
// marks it changed; deploys wait until an admin confirms. Platform admins only.
import { networkJson } from "@/lib/networks/network-json";
import { recheckNetwork } from "@/lib/networks/recheck-network";
import { withApiToken } from "../../../_lib/handle";

export const POST = withApiToken<{ slug: string }>(async ({ actor, params }) => {
  const { network, notes, genesisChanged } = await recheckNetwork({
    actorId: actor.actorId,
    slug: decodeURIComponent(params.slug),
  });
  return Response.json({ ...networkJson(network, { notes }), genesisChanged });
});
