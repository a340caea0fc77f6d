// Catalog search. Without search words: one indexed Prisma query for the page and one for the count.
// With words: SQLite FTS5 ("BrickSearch", kept in sync by triggers) over name, summary, description,
// tags and category, ranked with bm25, with prefix matching (plurals folded) and the domain synonyms of
// search-query.ts, filters applied in the same SQL statement.
import { Prisma, type PrismaClient } from "@/generated/prisma/client";
import { PAGE_SIZE, type TCatalogQuery } from "@/lib/catalog/search-params";
import { buildMatchExpression } from "@/lib/catalog/search-query";

export type CatalogItem = {
  slug: string;
  name: string;
  summary: string;
  category: string;
  tags: string[];
  latestVersion: string | null;
  audited: boolean;
  /** "contract" or "function" (a function brick, run off-chain). */
  kind: string;
  updatedAt: Date;
};

const SELECT = {
  id: true,
  slug: true,
  name: true,
  summary: true,
  category: true,
  tags: true,
  latestVersion: true,
  audited: true,
  updatedAt: true,
  kind: true,
} as const;

/** The filtered network as availability needs it (lib/networks/list-available-networks.ts). */
export type TFilterNetwork = { slug: string; platform: string; protected: boolean; enabled: boolean };

export function catalogWhere(query: TCatalogQuery, network?: TFilterNetwork | null): Prisma.BrickWhereInput {
  const where: Prisma.BrickWhereInput = { latestVersion: { not: null } };
  const and: Prisma.BrickWhereInput[] = [];
  if (query.category) and.push({ category: query.category });
  if (query.audit === "audited") and.push({ audited: true });
  if (query.audit === "unaudited") and.push({ audited: false });
  if (query.kind !== "any") and.push({ kind: query.kind });
  if (query.network) {
    // A brick is on a network when one of its live (not yanked) versions may deploy there.
    // Decided now, like a deploy: the version's platform fits, and its networks list names the
    // network — or is empty (stored as "networks":[]) and the network is not protected.
    const named = { networks: { some: { networkSlug: query.network } } };
    const anyNetwork = { manifest: { contains: '"networks":[]' } };
    if (network && !network.enabled) and.push({ id: "" });
    else if (network)
      and.push({
        versions: {
          some: { yankedAt: null, platform: network.platform, OR: network.protected ? [named] : [named, anyNetwork] },
        },
      });
    else and.push({ versions: { some: { yankedAt: null, ...named } } });
  }
  if (and.length) where.AND = and;
  return where;
}

/** The network a catalog query filters on, as catalogWhere needs it. */
export async function filterNetwork(db: PrismaClient, query: TCatalogQuery): Promise<TFilterNetwork | null> {
  if (!query.network) return null;
  return db.network.findUnique({
    where: { slug: query.network },
    select: { slug: true, platform: true, protected: true, enabled: true },
  });
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
      return [{ audited: "desc" }, { name: "asc" }];
  }
}

// bm25 column weights, in the table's column order (brickId is unindexed): a word in the name
// counts most, then tags and summary, the category, and the long description least.
const RANK = Prisma.sql`bm25("BrickSearch", 0, 10.0, 4.0, 1.0, 5.0, 3.0)`;

function sqlOrder(query: TCatalogQuery) {
  switch (query.sort) {
    case "newest":
      return Prisma.sql`b."createdAt" DESC, b."slug"`;
    case "updated":
      return Prisma.sql`b."updatedAt" DESC, b."slug"`;
    case "name":
      return Prisma.sql`b."name", b."slug"`;
    default:
      return Prisma.sql`"m"."rank", b."name"`;
  }
}

function sqlFilters(query: TCatalogQuery, networkBrickIds: string[] | null) {
  const parts = [Prisma.sql`b."latestVersion" IS NOT NULL`];
  if (query.category) parts.push(Prisma.sql`b."category" = ${query.category}`);
  if (query.audit === "audited") parts.push(Prisma.sql`b."audited" = 1`);
  if (query.audit === "unaudited") parts.push(Prisma.sql`b."audited" = 0`);
  if (query.kind !== "any") parts.push(Prisma.sql`b."kind" = ${query.kind}`);
  // Which bricks a network can take is decided by the availability rule in catalogWhere (platform,
  // protected flag, the version's networks list), computed first: one rule, not a second copy in SQL.
  if (networkBrickIds)
    parts.push(networkBrickIds.length ? Prisma.sql`b."id" IN (${Prisma.join(networkBrickIds)})` : Prisma.sql`0`);
  return Prisma.join(parts, " AND ");
}

async function networkBrickIds(db: PrismaClient, query: TCatalogQuery): Promise<string[] | null> {
  if (!query.network) return null;
  const where = catalogWhere({ ...query, category: undefined, audit: "any" }, await filterNetwork(db, query));
  return (await db.brick.findMany({ where, select: { id: true } })).map((b) => b.id);
}

type TRow = Omit<CatalogItem, "tags"> & { id: string; tags: string; total: bigint | number };

/** The page's matching bricks in rank (or chosen) order, and how many match in all: one statement. */
export async function matchBricks(
  db: PrismaClient,
  match: string,
  query: TCatalogQuery,
  limit: number,
  offset: number,
) {
  // bm25() only works in the statement that runs the MATCH, so it is computed in a CTE first;
  // MATERIALIZED and CROSS JOIN keep SQLite from re-running the full-text lookup once per brick.
  const rows = await db.$queryRaw<TRow[]>`
    WITH "m" AS MATERIALIZED (SELECT "brickId", ${RANK} AS "rank" FROM "BrickSearch" WHERE "BrickSearch" MATCH ${match})
    SELECT b."id", b."slug", b."name", b."summary", b."category", b."tags", b."latestVersion", b."audited", b."updatedAt", b."kind",
      count(*) OVER () AS "total"
    FROM "m" CROSS JOIN "Brick" b ON b."id" = "m"."brickId"
    WHERE ${sqlFilters(query, await networkBrickIds(db, query))}
    ORDER BY ${sqlOrder(query)}
    LIMIT ${limit} OFFSET ${offset}`;
  return { items: rows.map(toItem), total: rows.length ? Number(rows[0].total) : 0 };
}

function toItem(r: { tags: string } & Omit<CatalogItem, "tags">): CatalogItem {
  // Raw rows carry SQLite's values: booleans may come back as 0/1.
  return {
    slug: r.slug,
    name: r.name,
    summary: r.summary,
    category: r.category,
    tags: r.tags.split(" ").filter(Boolean),
    latestVersion: r.latestVersion,
    audited: Boolean(r.audited),
    updatedAt: new Date(r.updatedAt),
    kind: r.kind,
  };
}

export async function searchBricks(db: PrismaClient, query: TCatalogQuery) {
  const match = query.q ? buildMatchExpression(query.q) : null;
  if (match) {
    const { items, total } = await matchBricks(db, match, query, PAGE_SIZE, (query.page - 1) * PAGE_SIZE);
    return { items, total, pages: Math.max(1, Math.ceil(total / PAGE_SIZE)) };
  }
  // A query of only punctuation or stop words ("the", "?!") is no search: show the filtered catalog.
  const where = catalogWhere(query, await filterNetwork(db, query));
  const [rows, total] = await Promise.all([
    db.brick.findMany({
      where,
      orderBy: orderBy(query),
      skip: (query.page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: SELECT,
    }),
    db.brick.count({ where }),
  ]);
  return { items: rows.map(toItem), total, pages: Math.max(1, Math.ceil(total / PAGE_SIZE)) };
}

/** What the filter controls offer: categories in use and the networks in the database. */
export async function catalogFacets(db: PrismaClient) {
  const [categories, networks] = await Promise.all([
    db.brick.findMany({ distinct: ["category"], select: { category: true }, orderBy: { category: "asc" } }),
    db.network.findMany({ where: { enabled: true }, select: { slug: true, name: true }, orderBy: { name: "asc" } }),
  ]);
  return { categories: categories.map((c) => c.category), networks };
}
