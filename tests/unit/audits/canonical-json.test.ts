import { describe, expect, it } from "vitest";
import { canonicalJson } from "@/lib/audits/canonical-json";

describe("canonicalJson", () => {
  it("sorts keys at every depth, keeps array order, adds no whitespace", () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: "x" } })).toBe(
      '{"a":{"c":"x","d":[3,{"y":2,"z":1}]},"b":1}',
    );
  });

  it("gives the same text whatever order the keys were written in", () => {
    expect(canonicalJson({ markdown: "m", scope: "s", findings: [] })).toBe(
      canonicalJson({ findings: [], scope: "s", markdown: "m" }),
    );
  });

  it("escapes strings like JSON and drops undefined properties", () => {
    expect(canonicalJson({ t: 'a "quote"\nand ünïcode', u: undefined })).toBe('{"t":"a \\"quote\\"\\nand ünïcode"}');
  });

  it("refuses what JSON cannot hold", () => {
    expect(() => canonicalJson({ n: Number.NaN })).toThrow(/NaN/);
    expect(() => canonicalJson({ f: () => 1 })).toThrow(/function/);
  });
});
