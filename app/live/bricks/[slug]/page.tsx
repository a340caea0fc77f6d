// A brick's page rendered per request: the benchmark's uncached baseline for /bricks/[slug].
import type { Metadata } from "next";
import { tryDecodeSegment } from "@/lib/http/decode-segment";
import { BrickView } from "@/app/bricks/[slug]/_components/brick-view";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Brick" };

export default async function LiveBrickPage({ params }: { params: Promise<{ slug: string }> }) {
  return <BrickView slug={tryDecodeSegment((await params).slug) ?? ""} />;
}
