// Public: a Solidity version's verified sources. Without ?path: the whole standard-JSON compiler
// input (download it and compile with the same resolc to get the same code). With ?path=<file>:
// that one file as text.
import { z } from "zod";
import { db } from "@/lib/db";
import { jsonError } from "@/lib/auth/respond";
import { AppError } from "@/lib/errors";
import { readStoredSolidity } from "@/lib/bricks/kinds/solidity/parse-bundle";
import { notWatchedBrick } from "@/lib/deployments/watched/watched-brick";

const ZPath = z.string().min(1).max(300).optional();

export async function GET(req: Request, ctx: { params: Promise<{ slug: string; version: string }> }) {
  try {
    const { slug, version } = await ctx.params;
    const file = ZPath.safeParse(new URL(req.url).searchParams.get("path") ?? undefined);
    if (!file.success)
      throw new AppError("BAD_INPUT", {
        userMessage: "The path must be 1 to 300 characters.",
        fields: { path: ["1 to 300 characters"] },
      });
    const row = await db.brickVersion.findFirst({
      where: { version: decodeURIComponent(version), brick: { slug: decodeURIComponent(slug), ...notWatchedBrick } },
      select: { abi: true, bundleKind: true, codeHash: true },
    });
    if (!row) throw new AppError("NOT_FOUND", { userMessage: `Brick "${slug}" has no version ${version}.` });
    if (row.bundleKind !== "solidity")
      throw new AppError("NOT_FOUND", {
        userMessage: `${slug}@${version} is an ink! brick: it has no Solidity sources.`,
      });
    const stored = readStoredSolidity(JSON.parse(row.abi));
    const headers = { "X-Code-Hash": row.codeHash, "Cache-Control": "public, max-age=31536000, immutable" };
    if (file.data !== undefined) {
      const source = Object.hasOwn(stored.input.sources, file.data) ? stored.input.sources[file.data] : undefined;
      if (!source)
        throw new AppError("NOT_FOUND", {
          userMessage: `${slug}@${version} has no source file "${file.data}".`,
          fields: { path: ["not a source of this version"] },
        });
      return new Response(source.content, { headers: { ...headers, "Content-Type": "text/plain; charset=utf-8" } });
    }
    return new Response(JSON.stringify(stored.input, null, 2), {
      headers: {
        ...headers,
        "Content-Type": "application/json",
        "Content-Disposition": `attachment; filename="${slug}-${version}.input.json"`,
      },
    });
  } catch (error) {
    return jsonError(error);
  }
}
