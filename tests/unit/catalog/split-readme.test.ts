// The brick page cuts a README into parts: title dropped, opening paragraphs, sections sorted by what
// they are for (developer notes folded on the page), script markers removed, code fences respected.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { splitReadme } from "@/lib/catalog/split-readme";

describe("splitReadme", () => {
  it("drops the title, keeps the intro and sorts the sections", () => {
    const parts = splitReadme(readFileSync("bricks/price-feed-oracle/README.md", "utf8"));
    expect(parts.intro).toMatch(/^Bring a number from the outside world/);
    expect(parts.intro).not.toContain("# Price feed oracle");
    const kinds = Object.fromEntries(parts.sections.map((s) => [s.title, s.kind]));
    expect(kinds).toMatchObject({
      "What it does": "does",
      "The fields you fill in": "fields",
      "Linking: what happens with your contract": "link",
      "After deployment: settings": "after",
      "Risks and limits — read before you deploy": "risks",
      "For developers": "developers",
      "Measured on the dev chain": "developers",
      "Why a refused delivery undoes the whole report": "other",
    });
    const measured = parts.sections.find((s) => s.title === "Measured on the dev chain")!;
    expect(measured.body).not.toContain("<!--");
    expect(measured.body).toContain("refTime");
  });

  it("folds an OpenZeppelin brick's measurements (under 'Where the code comes from') with the developer notes", () => {
    const parts = splitReadme(readFileSync("bricks/oz-payment-splitter/README.md", "utf8"));
    expect(parts.sections.find((s) => s.title === "Where the code comes from")?.kind).toBe("developers");
    expect(parts.sections.find((s) => s.title === "What you choose")?.kind).toBe("fields");
  });

  it("does not take a heading inside a code block for a section", () => {
    const parts = splitReadme("# T\n\nIntro.\n\n## Usage\n\n```md\n## not a heading\n```\n");
    expect(parts.sections.map((s) => s.title)).toEqual(["Usage"]);
    expect(parts.sections[0].body).toContain("## not a heading");
  });

  it("keeps a README without sections as the intro", () => {
    expect(splitReadme("Just one paragraph.")).toEqual({ intro: "Just one paragraph.", sections: [] });
  });
});
