// Everything the brick page shows, in one query: the brick, its versions newest first, their audits,
// attestations and networks. Returns null for an unknown slug so the page can 404.
import type { PrismaClient } from "@/generated/prisma/client";
import { splitNetworks } from "@/lib/networks/availability";
import { notWatchedBrick } from "@/lib/deployments/watched/watched-brick";

export async function getBrickPage(db: PrismaClient, slug: string) {
  const brick = await db.brick.findUnique({
    where: { slug, ...notWatchedBrick },
    include: {
      versions: {
        orderBy: { versionSort: "desc" },
        omit: { wasm: true },
        include: {
          networks: true,
          audits: { orderBy: { createdAt: "desc" }, include: { attestations: true } },
        },
      },
    },
  });
  if (!brick || brick.versions.length === 0) return null;
  const networks = await db.network.findMany({
    orderBy: { name: "asc" },
    select: { slug: true, name: true, enabled: true, genesisChangedAt: true, platform: true, protected: true },
  });
  // Where each version may go now (lib/networks/availability.ts), not the list frozen at publish.
  const versions = brick.versions.map((v) => {
    const { fitting, missing } = splitNetworks(v, networks);
    return { ...v, networkNames: fitting.map((n) => n.name), missingNetworks: missing };
  });
  const latest = versions.find((v) => v.version === brick.latestVersion) ?? versions[0];
  return { brick: { ...brick, tags: brick.tags.split(" ").filter(Boolean) }, versions, latest };
}
export type BrickPageData = NonNullable<Awaited<ReturnType<typeof getBrickPage>>>;
