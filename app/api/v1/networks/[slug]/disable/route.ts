// POST: disable the network (its instances stay visible; nothing new deploys there). Platform admins only.
import { networkJson } from "@/lib/networks/network-json";
import { setNetworkEnabled } from "@/lib/networks/set-network-enabled";
import { withApiToken } from "../../../_lib/handle";

export const POST = withApiToken<{ slug: string }>(async ({ actor, params }) => {
  const row = await setNetworkEnabled({
    actorId: actor.actorId,
    slug: decodeURIComponent(params.slug),
    enabled: false,
  });
  return Response.json(networkJson(row));
});
