// Public: everything needed to verify this version's audit attestations anywhere (see
// lib/audits/ATTESTATION.md), each verified again against the database as it is now.
import { db } from "@/lib/db";
import { jsonError } from "@/lib/auth/respond";
import { AppError } from "@/lib/errors";
import { getVersionAttestations } from "@/lib/audits/get-version-attestations";
import { decodeSegment } from "@/lib/http/decode-segment";

export const dynamic = "force-dynamic";

export async function GET(_req: Request, ctx: { params: Promise<{ slug: string; version: string }> }) {
  try {
    const { slug, version } = await ctx.params;
    const data = await getVersionAttestations(db, { slug: decodeSegment(slug, "brick"), version: decodeSegment(version, "version") });
    if (!data) throw new AppError("NOT_FOUND", { userMessage: `Brick "${slug}" has no version ${version}.` });
    return Response.json({ ...data, wasmUrl: `/api/bricks/${data.brick}/versions/${data.version}/wasm` }, { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    return jsonError(error);
  }
}
