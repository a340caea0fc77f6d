// What the catalog offers when a search finds nothing: a spelling fix built from the words bricks
// actually use ("escrw" → "escrow"), the bricks that match some of the words, and a few of the
// catalog's own words to try. Only runs on an empty result, so it may read every listed brick.
import { closest, distance } from "fastest-levenshtein";
import type { PrismaClient } from "@/generated/prisma/client";
import { PAGE_SIZE, type TCatalogQuery } from "@/lib/catalog/search-params";
import { buildAnyWordExpression, buildMatchExpression, searchWords, singular } from "@/lib/catalog/search-query";
import { matchBricks, type CatalogItem } from "@/lib/catalog/search-bricks";

export type TSearchSuggestions = { didYouMean: string | null; partial: CatalogItem[]; tryWords: string[] };

function vocabulary(rows: { name: string; tags: string; category: string }[]) {
  const counts = new Map<string, number>();
  for (const r of rows) {
    const words = `${r.name} ${r.tags} ${r.category}`.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
    for (const w of new Set(words)) if (w.length >= 3 && !/^\d+$/.test(w)) counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  return counts;
}

/** The nearest catalog word within a small edit distance (1 for short words, 2 for longer). */
function correct(word: string, vocab: string[]): string {
  if (word.length < 3 || vocab.includes(word)) return word;
  const best = closest(word, vocab);
  return distance(word, best) <= (word.length <= 4 ? 1 : 2) ? best : word;
}

export async function suggestSearches(db: PrismaClient, query: TCatalogQuery): Promise<TSearchSuggestions> {
  const none: TSearchSuggestions = { didYouMean: null, partial: [], tryWords: [] };
  if (!query.q) return none;
  const rows = await db.brick.findMany({
    where: { latestVersion: { not: null } },
    select: { name: true, tags: true, category: true },
  });
  const counts = vocabulary(rows);
  const vocab = [...counts.keys()];
  // "token" and "tokens" are one suggestion: plurals whose singular is offered already are left out.
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([w]) => w);
  const tryWords = ranked.filter((w) => singular(w) === w || !counts.has(singular(w))).slice(0, 6);
  if (!vocab.length) return none;

  const words = searchWords(query.q);
  const fixed = words.map((w) => correct(w, vocab));
  let didYouMean: string | null = null;
  if (fixed.some((w, i) => w !== words[i])) {
    const candidate = fixed.join(" ");
    const match = buildMatchExpression(candidate);
    if (match && (await matchBricks(db, match, query, 1, 0)).total > 0) didYouMean = candidate;
  }
  const any = buildAnyWordExpression(query.q);
  const partial = any ? (await matchBricks(db, any, query, Math.min(3, PAGE_SIZE), 0)).items : [];
  return { didYouMean, partial, tryWords };
}
