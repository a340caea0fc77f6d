import { describe, expect, it } from "vitest";
import { draftToManifest, parseJsonText, splitList } from "@/lib/publishing/draft-to-manifest";
import { erc20Draft } from "./draft";

describe("draftToManifest", () => {
  it("assembles brick.json from the form's pieces", () => {
    const { manifest, errors } = draftToManifest(erc20Draft({ linkText: "", settingsText: "" }));
    expect(errors).toEqual([]);
    expect(manifest).toMatchObject({
      formatVersion: 1,
      slug: "erc20-test",
      tags: ["erc20", "fixed-supply"],
      contract: "erc20.contract",
      networks: [],
      constructor: { name: "new", args: { total_supply: { kind: "field", field: "totalSupply" } } },
      settings: [],
    });
    expect(manifest).not.toHaveProperty("link");
  });

  it("turns constants into JSON values, and non-JSON text into a string", () => {
    const args = [
      { arg: "a", kind: "const" as const, field: "", pick: "", value: "1000" },
      { arg: "b", kind: "const" as const, field: "", pick: "", value: "hello" },
      { arg: "c", kind: "signer" as const, field: "x", pick: "", value: "" },
      { arg: "d", kind: "field" as const, field: "payees", pick: "share", value: "" },
    ];
    expect(draftToManifest(erc20Draft({ constructorArgs: args })).manifest.constructor).toEqual({
      name: "new",
      args: {
        a: { kind: "const", value: 1000 },
        b: { kind: "const", value: "hello" },
        c: { kind: "signer" },
        d: { kind: "field", field: "payees", pick: "share" },
      },
    });
  });

  it("names the box holding broken JSON, with line and column", () => {
    const { errors } = draftToManifest(
      erc20Draft({ configText: '{\n  "type": "object",\n  "properties": {\n}', linkText: "{ nope" }),
    );
    expect(errors.map((e) => e.field)).toEqual(["linkText", "configText"]);
    expect(errors[1].message).toMatch(/^The config schema is not valid JSON at line 4, column \d+/);
  });

  it("splits lists on commas and spaces", () => {
    expect(splitList(" a, b  c,,d ")).toEqual(["a", "b", "c", "d"]);
    expect(parseJsonText("[1]", "x")).toEqual({ ok: true, value: [1] });
  });
});
