import { AUDIT_FILTERS, KIND_FILTERS, SORTS, type TCatalogQuery } from "@/lib/catalog/search-params";
import { AutoSubmitForm } from "@/app/_components/catalog/auto-submit-form";

const SORT_LABELS: Record<(typeof SORTS)[number], string> = {
  relevance: "Recommended",
  name: "Name (A–Z)",
  newest: "Newest first",
  updated: "Recently updated",
};
const AUDIT_LABELS: Record<(typeof AUDIT_FILTERS)[number], string> = {
  any: "Any audit status",
  audited: "Audited",
  unaudited: "Not audited yet",
};

const KIND_LABELS: Record<(typeof KIND_FILTERS)[number], string> = {
  any: "Contracts and functions",
  contract: "Contracts (on chain)",
  function: "Functions (off-chain)",
};

const selectClass =
  "w-full rounded-md border border-stone-300 bg-white px-2 py-2 text-sm focus:border-brand-500 focus:outline-none focus:ring-2 focus:ring-brand-500/30";

/** A plain GET form: works without JavaScript and keeps the query in the URL. */
export function CatalogFilters({
  query,
  facets,
}: {
  query: TCatalogQuery;
  facets: { categories: string[]; networks: { slug: string; name: string }[] };
}) {
  return (
    <AutoSubmitForm className="grid grid-cols-2 gap-3 rounded-lg border border-stone-200 bg-white p-3 lg:grid-cols-[2fr_1fr_1fr_1fr_1fr_1fr_auto]">
      <div className="col-span-2 lg:col-span-1">
        <label htmlFor="q" className="sr-only">
          Search bricks
        </label>
        <input
          id="q"
          name="q"
          type="search"
          defaultValue={query.q ?? ""}
          placeholder="Search by name, summary or tag"
          className={selectClass}
        />
      </div>
      <div>
        <label htmlFor="category" className="sr-only">
          Category
        </label>
        <select
          id="category"
          name="category"
          defaultValue={query.category ?? ""}
          className={selectClass}
          data-autosubmit
        >
          <option value="">All categories</option>
          {facets.categories.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="network" className="sr-only">
          Network
        </label>
        <select id="network" name="network" defaultValue={query.network ?? ""} className={selectClass} data-autosubmit>
          <option value="">All networks</option>
          {facets.networks.map((n) => (
            <option key={n.slug} value={n.slug}>
              {n.name}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="audit" className="sr-only">
          Audit status
        </label>
        <select id="audit" name="audit" defaultValue={query.audit} className={selectClass} data-autosubmit>
          {AUDIT_FILTERS.map((a) => (
            <option key={a} value={a}>
              {AUDIT_LABELS[a]}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="kind" className="sr-only">
          Kind of brick
        </label>
        <select id="kind" name="kind" defaultValue={query.kind} className={selectClass} data-autosubmit>
          {KIND_FILTERS.map((k) => (
            <option key={k} value={k}>
              {KIND_LABELS[k]}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="sort" className="sr-only">
          Sort by
        </label>
        <select id="sort" name="sort" defaultValue={query.sort} className={selectClass} data-autosubmit>
          {SORTS.map((s) => (
            <option key={s} value={s}>
              {SORT_LABELS[s]}
            </option>
          ))}
        </select>
      </div>
      <button
        type="submit"
        className="col-span-2 rounded-md lg:col-span-1 bg-brand-500 px-4 py-2 text-sm font-medium text-white hover:bg-brand-600 focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-500/50"
      >
        Search
      </button>
    </AutoSubmitForm>
  );
}
