// The catalog's front page: the default query, served from Next.js's cache and revalidated when a
// brick, version, audit or network changes (lib/catalog/revalidate-catalog.ts). Filtered or paged
// URLs (/?q=…) are rewritten by proxy.ts to /live/catalog, which renders per request.
import type { Metadata } from "next";
import { ZCatalogQuery } from "@/lib/catalog/search-params";
import { CatalogView } from "@/app/_components/catalog/catalog-view";

export const dynamic = "force-static";
export const revalidate = false;
export const metadata: Metadata = { title: "Catalog" };

export default function CatalogPage() {
  return <CatalogView query={ZCatalogQuery.parse({})} />;
}
