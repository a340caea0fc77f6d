// Turns what a person typed into an FTS5 MATCH expression. Every word becomes a quoted prefix term
// of its singular ("pay"* finds "payment", "payments" finds "payment"; quoting keeps FTS5 operators like NOT or NEAR from being read out of
// the text); words must all appear (AND). Each synonym phrase found in the text adds an alternative
// that replaces the phrase with the catalog's own words.
import { STOP_WORDS, SYNONYMS } from "@/lib/catalog/search-synonyms";

const MAX_WORDS = 8;

/** Lower-cased words of the query (letters and digits), without stop words. */
export function searchWords(q: string): string[] {
  const words =
    q
      .toLowerCase()
      .normalize("NFKC")
      .match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.filter((w) => !STOP_WORDS.has(w)).slice(0, MAX_WORDS);
}

/** English plurals to their stem, so the prefix term finds both forms: "payments" → "payment"*, "royalties" → "royalt"*. */
export function singular(w: string): string {
  if (w.length > 4 && w.endsWith("ies")) return w.slice(0, -3);
  if (w.length > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us")) return w.slice(0, -1);
  return w;
}

const term = (w: string) => `"${singular(w).replaceAll('"', "")}"*`;
const all = (words: string[]) => (words.length === 1 ? term(words[0]) : `(${words.map(term).join(" AND ")})`);

function containsPhrase(text: string, phrase: string) {
  return ` ${text} `.includes(` ${phrase} `);
}

/** The MATCH expression, or null when the query has no searchable word. */
export function buildMatchExpression(q: string): string | null {
  const words = searchWords(q);
  const plain = (
    q
      .toLowerCase()
      .normalize("NFKC")
      .match(/[\p{L}\p{N}]+/gu) ?? []
  ).join(" ");
  const alternatives: string[] = [];
  if (words.length) alternatives.push(all(words));
  for (const syn of SYNONYMS) {
    const phrase = syn.phrases.find((p) => containsPhrase(plain, p));
    if (!phrase) continue;
    // The rest of the query still has to match, so "dao treasury" is not every governance brick.
    const phraseWords = new Set(phrase.split(" "));
    const rest = words.filter((w) => !phraseWords.has(w));
    const options = syn.terms.map(all).join(" OR ");
    alternatives.push(rest.length ? `(${all(rest)} AND (${options}))` : `(${options})`);
  }
  return alternatives.length ? alternatives.join(" OR ") : null;
}

/** Any one of the words: used to suggest near matches when the whole query matches nothing. */
export function buildAnyWordExpression(q: string): string | null {
  const words = searchWords(q);
  return words.length > 1 ? words.map(term).join(" OR ") : null;
}
