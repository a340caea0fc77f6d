// POST { reason }: yank a version — no new deploys (auditor or platform admin behind the API token).
import { ZVersionReason } from "@/lib/publishing/schemas";
import { yankVersion } from "@/lib/publishing/yank-version";
import { versionParams, withApiToken } from "../../../../../_lib/handle";

export const POST = withApiToken<{ slug: string; version: string }>(async ({ actor, params, body }) => {
  const { reason } = ZVersionReason.parse(body);
  const row = await yankVersion({
    actorId: actor.actorId,
    ...versionParams(params),
    reason,
    via: { teamId: actor.teamId, tokenId: actor.tokenId },
  });
  return Response.json({ version: row.version, yankedAt: row.yankedAt, yankedReason: row.yankedReason });
});
