// Publishes the first-party bricks (bricks/) on every start. Idempotent: what is already published
// is left alone. A changed bundle under an unchanged version is refused loudly, after the other
// bricks are published, so one mistake does not hide the rest of the catalog.
import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { AppError } from "@/lib/errors";
import { publishBrickVersion, type PublishableBrick } from "./publish-brick-version";

export interface PublishSummary {
  /** "slug@version" */
  created: string[];
  unchanged: string[];
  refused: { brick: string; message: string }[];
}

export async function publishSeedBricks(
  db: PrismaClient,
  bricks: PublishableBrick[],
  opts: { throwOnConflict?: boolean } = {},
): Promise<PublishSummary> {
  const summary: PublishSummary = { created: [], unchanged: [], refused: [] };
  for (const brick of bricks) {
    const id = `${brick.manifest.slug}@${brick.manifest.version}`;
    try {
      const outcome = await publishBrickVersion(db, brick, { source: "seed" });
      summary[outcome].push(id);
    } catch (error) {
      // A changed bundle under the same version (CONFLICT) or unverified Solidity source (BAD_INPUT).
      if (!(error instanceof AppError) || (error.code !== "CONFLICT" && error.code !== "BAD_INPUT")) throw error;
      summary.refused.push({ brick: id, message: error.userMessage });
    }
  }
  if (summary.refused.length && opts.throwOnConflict !== false) {
    throw new AppError("CONFLICT", { userMessage: summary.refused.map((r) => r.message).join("\n") });
  }
  return summary;
}
