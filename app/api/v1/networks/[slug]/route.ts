// GET one network; PATCH { name?, protected?, isDevChain?, explorer…Url?, faucetUrl? }; DELETE
// (refused when anything was deployed there: disable it instead). Platform admins only.
import { deleteNetwork } from "@/lib/networks/delete-network";
import { editNetwork } from "@/lib/networks/edit-network";
import { findNetwork } from "@/lib/networks/find-network";
import { networkHealth } from "@/lib/networks/network-health";
import { networkJson } from "@/lib/networks/network-json";
import { requireNetworkAdmin } from "@/lib/networks/require-network-admin";
import { obj, withApiToken } from "../../_lib/handle";

export const GET = withApiToken<{ slug: string }>(async ({ actor, params }) => {
  await requireNetworkAdmin(actor.actorId);
  const network = await findNetwork(decodeURIComponent(params.slug));
  return Response.json(networkJson(network, { health: await networkHealth(network) }));
});

export const PATCH = withApiToken<{ slug: string }>(async ({ actor, params, body }) => {
  const row = await editNetwork({ actorId: actor.actorId, slug: decodeURIComponent(params.slug), input: obj(body) });
  return Response.json(networkJson(row));
});

export const DELETE = withApiToken<{ slug: string }>(async ({ actor, params }) => {
  await deleteNetwork({ actorId: actor.actorId, slug: decodeURIComponent(params.slug) });
  return new Response(null, { status: 204 });
});
