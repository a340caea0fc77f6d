// Public: the version's wasm, so anyone can recompute its code hash (blake2-256) and compare it
// with the attestation and with the chain; the publish page's wallet upload reads it too.
import { db } from "@/lib/db";
import { jsonError } from "@/lib/auth/respond";
import { AppError } from "@/lib/errors";
import { decodeSegment } from "@/lib/http/decode-segment";
import { notWatchedBrick } from "@/lib/deployments/watched/watched-brick";

export async function GET(_req: Request, ctx: { params: Promise<{ slug: string; version: string }> }) {
  try {
    const { slug, version } = await ctx.params;
    const row = await db.brickVersion.findFirst({
      where: { version: decodeSegment(version, "version"), brick: { slug: decodeSegment(slug, "brick"), ...notWatchedBrick } },
      select: { wasm: true, codeHash: true },
    });
    if (!row) throw new AppError("NOT_FOUND", { userMessage: `Brick "${slug}" has no version ${version}.` });
    return new Response(new Uint8Array(row.wasm), {
      headers: {
        "Content-Type": "application/wasm",
        "X-Code-Hash": row.codeHash,
        "Cache-Control": "public, max-age=31536000, immutable",
      },
    });
  } catch (error) {
    return jsonError(error);
  }
}
