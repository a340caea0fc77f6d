// Everything the brick page shows, in one query: the brick, its versions newest first, their audits,
// attestations and networks. Returns null for an unknown slug so the page can 404.
import type { PrismaClient } from "@/generated/prisma/client";

export async function getBrickPage(db: PrismaClient, slug: string) {
  const brick = await db.brick.findUnique({
    where: { slug },
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
  const networks = await db.network.findMany({ select: { slug: true, name: true } });
  const networkName = new Map(networks.map((n) => [n.slug, n.name]));
  const versions = brick.versions.map((v) => ({
    ...v,
    networkNames: v.networks.map((n) => networkName.get(n.networkSlug) ?? n.networkSlug),
  }));
  const latest = versions.find((v) => v.version === brick.latestVersion) ?? versions[0];
  return { brick: { ...brick, tags: brick.tags.split(" ").filter(Boolean) }, versions, latest };
}
export type BrickPageData = NonNullable<Awaited<ReturnType<typeof getBrickPage>>>;
