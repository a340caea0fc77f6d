// POST: enable the network again. Platform admins only.
import { networkJson } from "@/lib/networks/network-json";
import { setNetworkEnabled } from "@/lib/networks/set-network-enabled";
import { withApiToken } from "../../../_lib/handle";

export const POST = withApiToken<{ slug: string }>(async ({ actor, params }) => {
  const row = await setNetworkEnabled({ actorId: actor.actorId, slug: decodeURIComponent(params.slug), enabled: true });
  return Response.json(networkJson(row));
});
