import Link from "next/link";
import { catalogHref, type TCatalogQuery } from "@/lib/catalog/search-params";

export function Pagination({ query, pages }: { query: TCatalogQuery; pages: number }) {
  if (pages <= 1) return null;
  const prev = query.page > 1 ? catalogHref({ ...query, page: query.page - 1 }) : null;
  const next = query.page < pages ? catalogHref({ ...query, page: query.page + 1 }) : null;
  return (
    <nav aria-label="Pages" className="flex items-center justify-center gap-4 text-sm">
      {prev ? (
        <Link href={prev} className="text-brand-600 underline">
          Previous
        </Link>
      ) : (
        <span className="text-stone-400">Previous</span>
      )}
      <span>
        Page {query.page} of {pages}
      </span>
      {next ? (
        <Link href={next} className="text-brand-600 underline">
          Next
        </Link>
      ) : (
        <span className="text-stone-400">Next</span>
      )}
    </nav>
  );
}
