// The catalog for any query (search, filters, pages), rendered per request. The plain front page
// "/" (no query) is rewritten (next.config.js) to the cached /catalog/all, the same for everyone.
import type { Metadata } from "next";
import { ZCatalogQuery } from "@/lib/catalog/search-params";
import { CatalogView } from "@/app/_components/catalog/catalog-view";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Catalog" };

export default async function CatalogPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  return <CatalogView query={ZCatalogQuery.parse(await searchParams)} />;
}
