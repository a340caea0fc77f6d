// The catalog's content for one query. Rendered by the cached "/" page (the default query, the same
// for everyone) and by the catalog page for any query (rendered per request).
import { db } from "@/lib/db";
import { catalogFacets, searchBricks } from "@/lib/catalog/search-bricks";
import type { TCatalogQuery } from "@/lib/catalog/search-params";
import { CatalogFilters } from "@/app/_components/catalog/catalog-filters";
import { BrickCard } from "@/app/_components/catalog/brick-card";
import { CatalogEmpty } from "@/app/_components/catalog/catalog-empty";
import { Pagination } from "@/app/_components/catalog/pagination";
import { suggestSearches } from "@/lib/catalog/suggest-searches";

export async function CatalogView({ query }: { query: TCatalogQuery }) {
  const [{ items, total, pages }, facets] = await Promise.all([searchBricks(db, query), catalogFacets(db)]);
  const filtered = Boolean(query.q || query.category || query.network || query.audit !== "any" || query.kind !== "any");
  const suggestions = total === 0 && query.q ? await suggestSearches(db, query) : null;

  return (
    <div className="space-y-6">
      <section aria-labelledby="catalog-title" className="space-y-2">
        <h1 id="catalog-title" className="text-2xl font-bold sm:text-3xl">
          Contract templates
        </h1>
        <p className="max-w-2xl text-stone-600">
          Pick a brick, fill in a short form, check a dry-run in plain words, and deploy it — linked to a contract you
          already own.
        </p>
      </section>
      <CatalogFilters query={query} facets={facets} />
      <p role="status" aria-live="polite" className="text-sm text-stone-600" data-testid="result-count">
        {total === 1 ? "1 brick" : `${total} bricks`}
        {query.q ? ` matching “${query.q}”` : ""}
      </p>
      {items.length === 0 ? (
        <CatalogEmpty filtered={filtered} query={query} suggestions={suggestions} />
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3" aria-label="Bricks">
          {items.map((b) => (
            <li key={b.slug}>
              <BrickCard brick={b} />
            </li>
          ))}
        </ul>
      )}
      <Pagination query={query} pages={pages} />
    </div>
  );
}
