import { describe, expect, it } from "vitest";
import { catalogHref, ZCatalogQuery } from "@/lib/catalog/search-params";

describe("catalog query in the URL", () => {
  it("parses a full query", () => {
    const q = ZCatalogQuery.parse({
      q: " token ",
      category: "tokens",
      network: "local-dev",
      audit: "audited",
      kind: "function",
      sort: "name",
      page: "2",
    });
    expect(q).toEqual({
      q: "token",
      category: "tokens",
      network: "local-dev",
      audit: "audited",
      kind: "function",
      sort: "name",
      page: 2,
    });
  });

  it("falls back to defaults for hand-edited nonsense instead of failing", () => {
    const q = ZCatalogQuery.parse({ audit: "maybe", sort: "random", page: "-4" });
    expect(q.audit).toBe("any");
    expect(q.sort).toBe("relevance");
    expect(q.page).toBe(1);
    expect(ZCatalogQuery.parse({ kind: "robot" }).kind).toBe("any");
  });

  it("takes the first of repeated parameters", () => {
    expect(ZCatalogQuery.parse({ q: ["a", "b"] }).q).toBe("a");
  });

  it("builds short, shareable URLs that round-trip", () => {
    expect(catalogHref({ audit: "any", sort: "relevance", page: 1 })).toBe("/");
    expect(catalogHref({ kind: "function" })).toBe("/?kind=function");
    const href = catalogHref({ q: "split pay", category: "payments", audit: "audited", sort: "newest", page: 3 });
    expect(href).toBe("/?q=split+pay&category=payments&audit=audited&sort=newest&page=3");
    const back = ZCatalogQuery.parse(Object.fromEntries(new URLSearchParams(href.slice(2))));
    expect(back).toMatchObject({ q: "split pay", category: "payments", audit: "audited", sort: "newest", page: 3 });
  });
});
