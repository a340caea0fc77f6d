// The catalog rendered per request, for any query (search, filters, pages). proxy.ts rewrites "/?…"
// here; the benchmark also uses it as the uncached baseline of "/".
import type { Metadata } from "next";
import { ZCatalogQuery } from "@/lib/catalog/search-params";
import { CatalogView } from "@/app/_components/catalog/catalog-view";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Catalog" };

export default async function LiveCatalogPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  return <CatalogView query={ZCatalogQuery.parse(await searchParams)} />;
}
