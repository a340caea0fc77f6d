// POST { reason }: deprecate a version (auditor or platform admin behind the API token).
import { deprecateVersion } from "@/lib/publishing/deprecate-version";
import { ZVersionReason } from "@/lib/publishing/schemas";
import { versionParams, withApiToken } from "../../../../../_lib/handle";

export const POST = withApiToken<{ slug: string; version: string }>(async ({ actor, params, body }) => {
  const { reason } = ZVersionReason.parse(body);
  const row = await deprecateVersion({
    actorId: actor.actorId,
    ...versionParams(params),
    reason,
    via: { teamId: actor.teamId, tokenId: actor.tokenId },
  });
  return Response.json({
    version: row.version,
    deprecatedAt: row.deprecatedAt,
    deprecatedReason: row.deprecatedReason,
  });
});
