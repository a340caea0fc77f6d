// A brick's public page, served from Next.js's cache (rendered on first request, then kept until a
// publish, yank, deprecation, attestation, code upload or network change revalidates it:
// lib/catalog/revalidate-catalog.ts). Nothing here depends on who is asking.
import type { Metadata } from "next";
import { db } from "@/lib/db";
import { getBrickPage } from "@/lib/catalog/get-brick-page";
import { tryDecodeSegment } from "@/lib/http/decode-segment";
import { BrickView } from "./_components/brick-view";

export const dynamic = "force-static";
// A safety net, not the mechanism: a render that started before a change and finished after its
// revalidation would otherwise be kept for good (lib/catalog/revalidate-catalog.ts). A minute bounds it.
export const revalidate = 60;

type Props = { params: Promise<{ slug: string }> };

/** None at build time (the database is not there): each page is rendered on its first request. */
export function generateStaticParams(): { slug: string }[] {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const slug = tryDecodeSegment((await params).slug);
  const data = slug ? await getBrickPage(db, slug) : null;
  return { title: data ? data.brick.name : "Brick not found", description: data?.brick.summary };
}

export default async function BrickPage({ params }: Props) {
  return <BrickView slug={tryDecodeSegment((await params).slug) ?? ""} />;
}
