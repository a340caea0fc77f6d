// POST { toAddress, teamSlug? }: transfer the brick to another auditor (owner or platform admin
// behind the API token). The new owner must already be an auditor.
import { transferBrick } from "@/lib/bricks/owners/transfer-brick";
import { decodeSegment } from "@/lib/http/decode-segment";
import { obj, withApiToken } from "../../../_lib/handle";

export const POST = withApiToken<{ slug: string }>(async ({ actor, params, body }) => {
  const input = obj(body);
  const result = await transferBrick({
    actorId: actor.actorId,
    slug: decodeSegment(params.slug, "brick"),
    toAddress: input.toAddress as string,
    teamSlug: input.teamSlug as string | undefined,
    via: { teamId: actor.teamId, tokenId: actor.tokenId },
  });
  return Response.json(result);
});
