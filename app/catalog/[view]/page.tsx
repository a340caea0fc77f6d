// The catalog's front page (the default query), served from Next.js's cache: next.config.js rewrites "/"
// here. Rendered on its first request (never at build time, when there is no database) and kept
// until a brick, version, audit or network changes (lib/catalog/revalidate-catalog.ts).
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ZCatalogQuery } from "@/lib/catalog/search-params";
import { CatalogView } from "@/app/_components/catalog/catalog-view";

export const dynamic = "force-static";
// A safety net, not the mechanism: a render that started before a change and finished after its
// revalidation would otherwise be kept for good (lib/catalog/revalidate-catalog.ts). A minute bounds it.
export const revalidate = 60;
export const metadata: Metadata = { title: "Catalog" };

export function generateStaticParams(): { view: string }[] {
  return [];
}

export default async function CachedCatalogPage({ params }: { params: Promise<{ view: string }> }) {
  if ((await params).view !== "all") notFound();
  return <CatalogView query={ZCatalogQuery.parse({})} />;
}
