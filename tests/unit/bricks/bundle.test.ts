import { describe, expect, it } from "vitest";
import { BundleError, parseBundle, summarizeAbi, toAbi } from "@/lib/bricks/bundle";
import { BUNDLES, bundleText } from "./helpers";

describe("parseBundle on the real ink! bundles", () => {
  it.each(BUNDLES)("reads %s and recomputes its code hash", (name) => {
    const bundle = parseBundle(bundleText(name));
    const raw = JSON.parse(bundleText(name));
    expect(bundle.metadataVersion).toBe(name.startsWith("ink-v4") ? 4 : 5);
    expect(bundle.codeHash).toMatch(/^0x[0-9a-f]{64}$/);
    expect(bundle.codeHash).toBe(raw.source.hash);
    expect(bundle.declaredHash).toBe(bundle.codeHash);
    expect(bundle.wasm.length).toBe((raw.source.wasm.length - 2) / 2);
    // The stored ABI never carries the wasm, and api-contract still reads it.
    expect((bundle.metadata.source as Record<string, unknown>).wasm).toBeUndefined();
    expect(toAbi(bundle).constructors.length).toBe(bundle.constructors.length);
  });

  it("resolves erc20 types to the names people know (Balance → u128)", () => {
    for (const name of ["ink-v4-erc20", "ink-v5-erc20"] as const) {
      const b = parseBundle(bundleText(name));
      expect(b.constructors.map((c) => [c.label, c.args.map((a) => [a.name, a.typeName, a.displayName])])).toEqual([
        ["new", [["total_supply", "u128", "Balance"]]],
      ]);
      const transfer = b.messages.find((m) => m.label === "transfer")!;
      expect(transfer.args.map((a) => a.typeName)).toEqual(["AccountId", "u128"]);
      expect(transfer.mutates).toBe(true);
      expect(transfer.selector).toBe("0x84a15da1");
      expect(b.messages.find((m) => m.label === "total_supply")!.returnTypeName).toBe("u128");
      const event = b.events.find((e) => e.label === "Transfer")!;
      expect(event.args.map((a) => [a.name, a.typeName, a.indexed])).toEqual([
        ["from", "Option<AccountId>", true],
        ["to", "Option<AccountId>", true],
        ["value", "u128", false],
      ]);
    }
  });

  it("reads flipper's two constructors and a message returning nothing", () => {
    const b = parseBundle(bundleText("ink-v5-flipper"));
    expect(b.constructors.map((c) => c.label)).toEqual(["new", "new_default"]);
    expect(b.constructors[0].args[0].typeName).toBe("bool");
    expect(b.messages.find((m) => m.label === "flip")!.returnType).toBeUndefined();
    expect(b.messages.find((m) => m.label === "get")!.returnTypeName).toBe("bool");
    expect(b.language).toMatch(/^ink! 5/);
  });

  it("reads ink! v6 (pallet-revive) bundles: PolkaVM code from source.contract_binary, keccak-256 code hash", () => {
    const raw = JSON.parse(bundleText("ink-v6-flipper"));
    const b = parseBundle(raw);
    expect(b).toMatchObject({ metadataVersion: 6, kind: "ink-v6", platform: "revive", codeHash: raw.source.hash });
    expect(Buffer.from(b.wasm.slice(0, 4)).toString("latin1")).toBe("PVM\0");
    expect((b.metadata.source as Record<string, unknown>).contract_binary).toBeUndefined();
    expect(parseBundle(bundleText("ink-v5-flipper"))).toMatchObject({ kind: "ink", platform: "contracts" });
  });

  it("refuses metadata versions other than 4, 5 and 6, saying what to do", () => {
    const raw = JSON.parse(bundleText("ink-v5-flipper"));
    expect(() => parseBundle({ ...raw, version: 7 })).toThrow(/metadata version 7/);
    try {
      parseBundle({ ...raw, version: 3 });
    } catch (error) {
      expect(error).toBeInstanceOf(BundleError);
      expect((error as BundleError).fix).toMatch(/ink! 4, 5 or 6/);
    }
    expect(() => parseBundle("{ not json")).toThrow(/not valid JSON/);
  });

  it("names what is missing from a truncated bundle", () => {
    const raw = JSON.parse(bundleText("ink-v4-erc20"));
    delete raw.source.wasm;
    expect(() => parseBundle(raw)).toThrow(/source\.wasm/);
  });
});

describe("summarizeAbi", () => {
  it("gives the brick page its ABI overview from the stored metadata", () => {
    const summary = summarizeAbi(parseBundle(bundleText("ink-v5-erc20")).metadata);
    expect(summary.constructors[0]).toMatchObject({ label: "new", args: [{ name: "total_supply", type: "u128" }] });
    expect(summary.constructors[0].docs).toMatch(/initial supply/);
    expect(summary.messages.find((m) => m.label === "balance_of")).toMatchObject({
      returnType: "u128",
      mutates: false,
    });
    expect(summary.events.map((e) => e.label)).toEqual(["Transfer", "Approval"]);
  });

  it("throws on something that is not ink! metadata", () => {
    expect(() => summarizeAbi({ spec: { constructors: [] } })).toThrow();
  });
});

describe("bundles Brickyard cannot use are refused in plain words", () => {
  const refusal = (input: unknown) => {
    try {
      parseBundle(input);
    } catch (error) {
      expect(error).toBeInstanceOf(BundleError);
      return error as BundleError;
    }
    throw new Error("the bundle was accepted");
  };

  it("ink! 0.x bundles (metadataVersion 0.1.0): ink! 3.x and older are not supported", () => {
    const raw = JSON.parse(bundleText("ink-v4-flipper"));
    const { version: _v, ...rest } = raw;
    void _v;
    const e = refusal({ metadataVersion: "0.1.0", ...rest });
    expect(e.message).toContain("ink! 3.x and older are not supported");
    expect(e.message).not.toMatch(/no metadata version/);
    expect(e.fix).toMatch(/ink! 4, 5 or 6/);
  });

  it.each(["V1", "V2", "V3"])("metadata %s is told plainly that it is not supported", (key) => {
    const raw = JSON.parse(bundleText("ink-v4-flipper"));
    const e = refusal({ source: raw.source, contract: raw.contract, [key]: { spec: raw.spec, types: raw.types } });
    expect(e.message).toBe(
      `This bundle uses ink! metadata version ${key.slice(1)} (ink! 3.x). Metadata versions 1 to 3 are not supported`,
    );
    expect(refusal({ ...raw, version: 3 }).message).toContain("Metadata versions 1 to 3 are not supported");
  });

  it("an ABI-only JSON: this file has no contract code (source.wasm)", () => {
    const raw = JSON.parse(bundleText("ink-v5-erc20"));
    delete raw.source.wasm;
    const e = refusal(raw);
    expect(e.message).toMatch(/^This file has no contract code \(source\.wasm or source\.contract_binary\)/);
    expect(e.message).not.toMatch(/expected string/);
    expect(e.fix).toMatch(/\.contract file/);
  });

  it("a broken type table: a plain sentence, not the registry's error", () => {
    const raw = JSON.parse(bundleText("ink-v5-flipper"));
    raw.spec.messages[0].returnType.type = 999;
    const e = refusal(raw);
    expect(e.message).toBe(
      "The contract's type table is broken: a call or event refers to type 999, which the bundle does not define",
    );
    expect(e.message).not.toMatch(/PortableRegistry|lookupId/);
  });
});
