// The catalog's query, as kept in the URL (?q=&category=&network=&audit=&sort=). Parsed with zod so
// a hand-edited URL falls back to defaults instead of failing.
import { z } from "zod";

export const SORTS = ["relevance", "name", "newest", "updated"] as const;
export const AUDIT_FILTERS = ["any", "audited", "unaudited"] as const;
/** Contract bricks (deployed on chain) or function bricks (run off-chain by Brickyard). */
export const KIND_FILTERS = ["any", "contract", "function"] as const;

const text = (max: number) =>
  z.preprocess((v) => (Array.isArray(v) ? v[0] : v), z.string().trim().max(max).optional().catch(undefined));

export const ZCatalogQuery = z.object({
  q: text(100),
  category: text(40),
  network: text(40),
  audit: z.preprocess((v) => (Array.isArray(v) ? v[0] : v), z.enum(AUDIT_FILTERS).catch("any").default("any")),
  kind: z.preprocess((v) => (Array.isArray(v) ? v[0] : v), z.enum(KIND_FILTERS).catch("any").default("any")),
  sort: z.preprocess((v) => (Array.isArray(v) ? v[0] : v), z.enum(SORTS).catch("relevance").default("relevance")),
  page: z.preprocess(
    (v) => (Array.isArray(v) ? v[0] : v),
    z.coerce.number().int().min(1).max(1000).catch(1).default(1),
  ),
});
export type TCatalogQuery = z.infer<typeof ZCatalogQuery>;

export const PAGE_SIZE = 24;

/** Builds the URL for a query, dropping defaults so links stay short and shareable. */
export function catalogHref(query: Partial<TCatalogQuery>): string {
  const params = new URLSearchParams();
  if (query.q) params.set("q", query.q);
  if (query.category) params.set("category", query.category);
  if (query.network) params.set("network", query.network);
  if (query.audit && query.audit !== "any") params.set("audit", query.audit);
  if (query.kind && query.kind !== "any") params.set("kind", query.kind);
  if (query.sort && query.sort !== "relevance") params.set("sort", query.sort);
  if (query.page && query.page > 1) params.set("page", String(query.page));
  const s = params.toString();
  return s ? `/?${s}` : "/";
}
