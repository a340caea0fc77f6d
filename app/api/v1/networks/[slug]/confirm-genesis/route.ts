// POST: accept the new genesis hash a check found at this network's URL; deploys are allowed again.
import { confirmGenesisChange } from "@/lib/networks/confirm-genesis-change";
import { networkJson } from "@/lib/networks/network-json";
import { withApiToken } from "../../../_lib/handle";

export const POST = withApiToken<{ slug: string }>(async ({ actor, params }) => {
  const row = await confirmGenesisChange({ actorId: actor.actorId, slug: decodeURIComponent(params.slug) });
  return Response.json(networkJson(row));
});
