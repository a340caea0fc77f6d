import Link from "next/link";
import { catalogHref, type TCatalogQuery } from "@/lib/catalog/search-params";
import type { TSearchSuggestions } from "@/lib/catalog/suggest-searches";

function Suggestions({ query, s }: { query: TCatalogQuery; s: TSearchSuggestions }) {
  return (
    <div className="mt-4 space-y-3 text-sm" data-testid="search-suggestions">
      {s.didYouMean && (
        <p>
          Did you mean{" "}
          <Link
            href={catalogHref({ ...query, q: s.didYouMean, page: 1 })}
            className="font-medium text-brand-700 underline"
          >
            {s.didYouMean}
          </Link>
          ?
        </p>
      )}
      {s.partial.length > 0 && (
        <div>
          <p className="text-stone-700">Bricks that match some of your words:</p>
          <ul className="mt-1 flex flex-wrap justify-center gap-x-4 gap-y-1">
            {s.partial.map((b) => (
              <li key={b.slug}>
                <Link href={`/bricks/${b.slug}`} className="font-medium text-brand-700 underline">
                  {b.name}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      )}
      {s.tryWords.length > 0 && (
        <div>
          <p className="text-stone-700">Or search for one of the catalog&apos;s own words:</p>
          <ul className="mt-1 flex flex-wrap justify-center gap-2">
            {s.tryWords.map((w) => (
              <li key={w}>
                <Link
                  href={catalogHref({ q: w })}
                  className="inline-block rounded bg-stone-100 px-2 py-0.5 text-stone-800 hover:bg-stone-200"
                >
                  {w}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}

export function CatalogEmpty({
  filtered,
  query,
  suggestions,
}: {
  filtered: boolean;
  query: TCatalogQuery;
  suggestions: TSearchSuggestions | null;
}) {
  return (
    <div className="rounded-lg border border-dashed border-stone-300 bg-white p-8 text-center">
      {filtered ? (
        <>
          <p className="font-medium">{query.q ? "No bricks match your search." : "No bricks match these filters."}</p>
          <p className="mt-1 text-sm text-stone-600">Try fewer words, or another category or network.</p>
          {suggestions && <Suggestions query={query} s={suggestions} />}
          <Link href="/" className="mt-3 inline-block text-sm font-medium text-brand-700 underline">
            Clear all filters
          </Link>
        </>
      ) : (
        <>
          <p className="font-medium">No bricks have been published yet.</p>
          <p className="mt-1 text-sm text-stone-600">
            Bricks in the bricks/ folder are published when the app starts; auditors can publish more.
          </p>
        </>
      )}
    </div>
  );
}
