import { AUDIT_FILTERS, KIND_FILTERS, SORTS, type TCatalogQuery } from "@/lib/catalog/search-params";
import { AutoSubmitForm } from "@/app/_components/catalog/auto-submit-form";
import { Button, Input, Select } from "@/app/_components/ui";

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

/** A plain GET form: works without JavaScript and keeps the query in the URL. */
export function CatalogFilters({
  query,
  facets,
}: {
  query: TCatalogQuery;
  facets: { categories: string[]; networks: { slug: string; name: string }[] };
}) {
  return (
    // Phones: two columns, the longest choice (kind) on its own row. Wide screens: the search box and
    // its button on one row, the five choices below it, each wide enough for its longest label.
    <AutoSubmitForm className="grid grid-cols-2 gap-3 rounded-lg border border-stone-200 bg-white p-3 lg:grid-cols-[1fr_1fr_1.3fr_1fr_1fr]">
      <div className="col-span-2 lg:col-span-4">
        <label htmlFor="q" className="sr-only">
          Search bricks
        </label>
        <Input
          id="q"
          name="q"
          type="search"
          defaultValue={query.q ?? ""}
          placeholder="Search by name, summary or tag"
        />
      </div>
      <div>
        <label htmlFor="category" className="sr-only">
          Category
        </label>
        <Select
          id="category"
          name="category"
          defaultValue={query.category ?? ""}

          data-autosubmit
        >
          <option value="">All categories</option>
          {facets.categories.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </Select>
      </div>
      <div>
        <label htmlFor="network" className="sr-only">
          Network
        </label>
        <Select id="network" name="network" defaultValue={query.network ?? ""} data-autosubmit>
          <option value="">All networks</option>
          {facets.networks.map((n) => (
            <option key={n.slug} value={n.slug}>
              {n.name}
            </option>
          ))}
        </Select>
      </div>
      <div className="col-span-2 lg:col-span-1">
        <label htmlFor="kind" className="sr-only">
          Kind of brick
        </label>
        <Select id="kind" name="kind" defaultValue={query.kind} data-autosubmit>
          {KIND_FILTERS.map((k) => (
            <option key={k} value={k}>
              {KIND_LABELS[k]}
            </option>
          ))}
        </Select>
      </div>
      <div>
        <label htmlFor="audit" className="sr-only">
          Audit status
        </label>
        <Select id="audit" name="audit" defaultValue={query.audit} data-autosubmit>
          {AUDIT_FILTERS.map((a) => (
            <option key={a} value={a}>
              {AUDIT_LABELS[a]}
            </option>
          ))}
        </Select>
      </div>
      <div>
        <label htmlFor="sort" className="sr-only">
          Sort by
        </label>
        <Select id="sort" name="sort" defaultValue={query.sort} data-autosubmit>
          {SORTS.map((s) => (
            <option key={s} value={s}>
              {SORT_LABELS[s]}
            </option>
          ))}
        </Select>
      </div>
      <Button type="submit" className="col-span-2 lg:col-span-1 lg:col-start-5 lg:row-start-1">
        Search
      </Button>
    </AutoSubmitForm>
  );
}
