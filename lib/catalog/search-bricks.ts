// Catalog search: one indexed query for the page of bricks and one for the count. The search text
// is a lower-cased column (name + summary + tags) kept in sync when a brick is published.
import type { PrismaClient, Prisma } from "@/generated/prisma/client";
import { PAGE_SIZE, type TCatalogQuery } from "@/lib/catalog/search-params";

export type CatalogItem = {
  slug: string;
  name: string;
  summary: string;
  category: string;
  tags: string[];
  latestVersion: string | null;
  audited: boolean;
  updatedAt: Date;
};

/** The filtered network as availability needs it (lib/networks/list-available-networks.ts). */
type TFilterNetwork = { slug: string; platform: string; protected: boolean; enabled: boolean };

export function catalogWhere(query: TCatalogQuery, network?: TFilterNetwork | null): Prisma.BrickWhereInput {
  const words = (query.q ?? "").toLowerCase().split(/\s+/).filter(Boolean).slice(0, 8);
  const where: Prisma.BrickWhereInput = { latestVersion: { not: null } };
  const and: Prisma.BrickWhereInput[] = words.map((w) => ({ searchText: { contains: w } }));
  if (query.category) and.push({ category: query.category });
  if (query.audit === "audited") and.push({ audited: true });
  if (query.audit === "unaudited") and.push({ audited: false });
  if (query.network) {
    // A brick is on a network when one of its live (not yanked) versions may deploy there.
    // Decided now, like a deploy: the version's platform fits, and its networks list names the
    // network — or is empty (stored as "networks":[]) and the network is not protected.
    const named = { networks: { some: { networkSlug: query.network } } };
    const anyNetwork = { manifest: { contains: '"networks":[]' } };
    if (network && !network.enabled) and.push({ id: "" });
    else if (network) and.push({ versions: { some: { yankedAt: null, platform: network.platform, OR: network.protected ? [named] : [named, anyNetwork] } } });
    else and.push({ versions: { some: { yankedAt: null, ...named } } });
  }
  if (and.length) where.AND = and;
  return where;
}

function orderBy(query: TCatalogQuery): Prisma.BrickOrderByWithRelationInput[] {
  switch (query.sort) {
    case "newest":
      return [{ createdAt: "desc" }, { slug: "asc" }];
    case "updated":
      return [{ updatedAt: "desc" }, { slug: "asc" }];
    case "name":
      return [{ name: "asc" }, { slug: "asc" }];
    default:
      // Without a search, audited bricks first; with one, name order keeps results predictable.
      return query.q ? [{ name: "asc" }] : [{ audited: "desc" }, { name: "asc" }];
  }
}

export async function searchBricks(db: PrismaClient, query: TCatalogQuery) {
  const network = query.network ? await db.network.findUnique({ where: { slug: query.network }, select: { slug: true, platform: true, protected: true, enabled: true } }) : null;
  const where = catalogWhere(query, network);
  const [rows, total] = await Promise.all([
    db.brick.findMany({
      where,
      orderBy: orderBy(query),
      skip: (query.page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: {
        slug: true, name: true, summary: true, category: true, tags: true,
        latestVersion: true, audited: true, updatedAt: true,
      },
    }),
    db.brick.count({ where }),
  ]);
  const items: CatalogItem[] = rows.map((r) => ({ ...r, tags: r.tags.split(" ").filter(Boolean) }));
  return { items, total, pages: Math.max(1, Math.ceil(total / PAGE_SIZE)) };
}

/** What the filter controls offer: categories in use and the networks in the database. */
export async function catalogFacets(db: PrismaClient) {
  const [categories, networks] = await Promise.all([
    db.brick.findMany({ distinct: ["category"], select: { category: true }, orderBy: { category: "asc" } }),
    db.network.findMany({ where: { enabled: true }, select: { slug: true, name: true }, orderBy: { name: "asc" } }),
  ]);
  return { categories: categories.map((c) => c.category), networks };
}
