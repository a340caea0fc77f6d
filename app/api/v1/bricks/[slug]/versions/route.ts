// POST: publish a version (auditor's API token). GET: the brick's versions, public.
import { db } from "@/lib/db";
import { jsonError } from "@/lib/auth/respond";
import { AppError } from "@/lib/errors";
import { publishVersion } from "@/lib/publishing/publish-version";
import { ZApiPublish } from "@/lib/publishing/schemas";
import { decodeSegment } from "@/lib/http/decode-segment";
import { PUBLISH_MAX_BODY_BYTES } from "@/lib/http/limits";
import { withApiToken } from "../../../_lib/handle";
import { notWatchedBrick } from "@/lib/deployments/watched/watched-brick";

type Params = { slug: string };

export const POST = withApiToken<Params>(
  async ({ actor, params, body }) => {
    const input = ZApiPublish.parse(body);
    const slug = decodeSegment(params.slug, "brick");
    if (input.manifest.slug !== slug) {
      throw new AppError("BAD_INPUT", {
        userMessage: `The manifest's slug (${JSON.stringify(input.manifest.slug)}) is not the brick in the URL ("${slug}").`,
        fields: { "$.slug": ["Must equal the URL's slug."] },
      });
    }
    const bundleText = typeof input.bundle === "string" ? input.bundle : JSON.stringify(input.bundle);
    const manifest = input.bundleName ? { ...input.manifest, contract: input.bundleName } : input.manifest;
    const result = await publishVersion({
      actorId: actor.actorId,
      manifest,
      bundleText,
      report: input.report,
      source: "api",
      via: { teamId: actor.teamId, tokenId: actor.tokenId },
    });
    const urls = {
      brick: `/bricks/${result.slug}`,
      sign: `/publish/${result.slug}/${result.version}`,
      attestations: `/api/bricks/${result.slug}/versions/${result.version}/attestations`,
    };
    return Response.json({ ...result, urls }, { status: result.outcome === "unchanged" ? 200 : 201 });
  },
  { maxBytes: PUBLISH_MAX_BODY_BYTES },
);

export async function GET(_req: Request, ctx: { params: Promise<Params> }) {
  try {
    const slug = decodeSegment((await ctx.params).slug, "brick");
    const versions = await db.brickVersion.findMany({
      where: { brick: { slug, ...notWatchedBrick } },
      orderBy: { versionSort: "desc" },
      select: {
        version: true,
        codeHash: true,
        changelog: true,
        source: true,
        createdAt: true,
        deprecatedAt: true,
        deprecatedReason: true,
        yankedAt: true,
        yankedReason: true,
      },
    });
    if (versions.length === 0) throw new AppError("NOT_FOUND", { userMessage: `There is no brick "${slug}".` });
    return Response.json({ brick: slug, versions });
  } catch (error) {
    return jsonError(error);
  }
}
