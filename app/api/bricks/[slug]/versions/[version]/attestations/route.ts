// Public: everything needed to verify this version's audit attestations anywhere (see
// lib/audits/ATTESTATION.md), each verified against the database. Served from Next.js's cache and
// revalidated when the version, its audits or attestations change (lib/catalog/revalidate-catalog.ts).
import { db } from "@/lib/db";
import { jsonError } from "@/lib/auth/respond";
import { AppError } from "@/lib/errors";
import { getVersionAttestations } from "@/lib/audits/get-version-attestations";
import { decodeSegment } from "@/lib/http/decode-segment";

export const dynamic = "force-static";
// A safety net, not the mechanism: a render that started before a change and finished after its
// revalidation would otherwise be kept for good (lib/catalog/revalidate-catalog.ts). A minute bounds it.
export const revalidate = 60;

/** None at build time: each answer is computed on its first request, then cached. */
export function generateStaticParams(): { slug: string; version: string }[] {
  return [];
}

export async function GET(_req: Request, ctx: { params: Promise<{ slug: string; version: string }> }) {
  try {
    const { slug, version } = await ctx.params;
    const data = await getVersionAttestations(db, {
      slug: decodeSegment(slug, "brick"),
      version: decodeSegment(version, "version"),
    });
    if (!data) throw new AppError("NOT_FOUND", { userMessage: `Brick "${slug}" has no version ${version}.` });
    return Response.json(
      { ...data, wasmUrl: `/api/bricks/${data.brick}/versions/${data.version}/wasm` },
      { headers: { "Cache-Control": "public, max-age=0, must-revalidate" } },
    );
  } catch (error) {
    return jsonError(error);
  }
}
