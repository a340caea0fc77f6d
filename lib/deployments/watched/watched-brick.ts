// Every watched contract's ABI is stored as a version of one hidden, platform-owned brick of kind
// "watched": a deployment must point at a brick version (Deployment.brickVersionId is required, and
// this round's migrations may not redefine the table), and keeping the ABI there lets the settings
// path, the queries, the tracker and the events indexer read it through the one codec they share.
// The brick never has a latestVersion, so the catalog (which lists only bricks with one) never shows
// it; its slug starts with "_", which no published brick's slug may.
import "server-only";
import type { Prisma } from "@/generated/prisma/client";

export const WATCHED_KIND = "watched";
export const WATCHED_SLUG = "_watched";

export const isWatched = (brick: { kind?: string | null; slug?: string }) =>
  brick.kind === WATCHED_KIND || brick.slug === WATCHED_SLUG;

/** Bricks of the catalog only: the watched brick is never shown, served or deployed by its slug. */
export const notWatchedBrick = { kind: { not: WATCHED_KIND } } satisfies Prisma.BrickWhereInput;
/** Published versions only: the watched brick's versions are uploads, not published code. */
export const publishedOnly = { brick: notWatchedBrick } satisfies Prisma.BrickVersionWhereInput;

export async function watchedBrickId(q: Prisma.TransactionClient): Promise<string> {
  const brick = await q.brick.upsert({
    where: { slug: WATCHED_SLUG },
    update: {},
    create: {
      slug: WATCHED_SLUG,
      name: "Watched contract",
      summary: "Contracts imported with their own metadata file.",
      description: "Contracts imported with their own metadata file; no published brick stands behind them.",
      category: "watched",
      kind: WATCHED_KIND,
    },
    select: { id: true },
  });
  return brick.id;
}
