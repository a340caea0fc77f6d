import Link from "next/link";
import type { CatalogItem } from "@/lib/catalog/search-bricks";
import { AuditBadge } from "@/app/_components/catalog/audit-badge";

export function BrickCard({ brick }: { brick: CatalogItem }) {
  return (
    <article className="relative flex h-full flex-col rounded-lg border border-stone-200 bg-white p-4 shadow-sm transition hover:border-brand-500 hover:shadow">
      <div className="flex items-start justify-between gap-2">
        <h2 className="text-lg font-semibold">
          <Link
            href={brick.kind === "function" ? `/functions/${brick.slug}` : `/bricks/${brick.slug}`}
            className="after:absolute after:inset-0 hover:text-brand-600 focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-500"
          >
            {brick.name}
          </Link>
        </h2>
        <AuditBadge audited={brick.audited} />
      </div>
      <p className="mt-2 flex-1 text-sm text-stone-600">{brick.summary}</p>
      <div className="mt-3 flex flex-wrap items-center gap-2 text-xs">
        {brick.kind === "function" && (
          <span
            className="rounded bg-indigo-100 px-2 py-0.5 font-medium text-indigo-800"
            title="Runs off-chain in Brickyard and feeds your contract"
          >
            Function
          </span>
        )}
        <span className="rounded bg-stone-100 px-2 py-0.5 font-medium text-stone-700">{brick.category}</span>
        {brick.latestVersion && <span className="text-stone-500">v{brick.latestVersion}</span>}
        {brick.tags.slice(0, 4).map((t) => (
          <span key={t} className="text-stone-500">
            #{t}
          </span>
        ))}
      </div>
    </article>
  );
}
