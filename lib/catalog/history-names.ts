// The team history records bricks and networks by slug (stable), but people know them by name:
// one query each for the names of the slugs a page of history mentions.
import "server-only";
import { db } from "@/lib/db";

/** Display names for the slugs the log records (bricks and networks are renamed; slugs stay). */
export type HistoryNames = { bricks: Record<string, string>; networks: Record<string, string> };

export async function historyNames(entries: { detail: Record<string, unknown> | null }[]): Promise<HistoryNames> {
  const slugs = (key: string) => [
    ...new Set(entries.map((e) => e.detail?.[key]).filter((v): v is string => typeof v === "string")),
  ];
  const [bricks, networks] = await Promise.all([
    db.brick.findMany({ where: { slug: { in: slugs("brick") } }, select: { slug: true, name: true } }),
    db.network.findMany({ where: { slug: { in: slugs("network") } }, select: { slug: true, name: true } }),
  ]);
  return {
    bricks: Object.fromEntries(bricks.map((b) => [b.slug, b.name])),
    networks: Object.fromEntries(networks.map((n) => [n.slug, n.name])),
  };
}
