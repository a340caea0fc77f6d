import { describe, expect, it } from "vitest";
import { buildAnyWordExpression, buildMatchExpression, searchWords, singular } from "@/lib/catalog/search-query";

describe("catalog search query", () => {
  it("keeps the meaningful words, lower-cased, without stop words", () => {
    expect(searchWords("Send money TO several people")).toEqual(["send", "money", "several", "people"]);
    expect(searchWords("the ?! a")).toEqual([]);
  });

  it("folds plurals so the prefix term finds both forms", () => {
    expect(singular("payments")).toBe("payment");
    expect(singular("royalties")).toBe("royalt");
    expect(singular("address")).toBe("address");
    expect(singular("status")).toBe("status");
  });

  it("quotes every word as a prefix term, so FTS5 syntax in the text stays text", () => {
    expect(buildMatchExpression('vault NOT "x')).toBe('("vault"* AND "not"* AND "x"*)');
    expect(buildMatchExpression("*) OR (")).toBeNull();
  });

  it("adds the catalog's words for a synonym phrase, keeping the rest of the query", () => {
    expect(buildMatchExpression("send money to several people")).toBe(
      '("send"* AND "money"* AND "several"* AND "people"*) OR (("payment"* AND "splitter"*))',
    );
    expect(buildMatchExpression("dao treasury")).toBe(
      '("dao"* AND "treasury"*) OR ("treasury"* AND ("governance"* OR "voting"* OR "dao"*))',
    );
  });

  it("offers an any-word expression only for several words", () => {
    expect(buildAnyWordExpression("voting unicorns")).toBe('"voting"* OR "unicorn"*');
    expect(buildAnyWordExpression("voting")).toBeNull();
  });
});
