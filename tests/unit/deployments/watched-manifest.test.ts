// A watched contract's generated manifest (lib/deployments/watched): every message of ink!'s erc20
// example becomes a form with one field per argument, its read-only messages without arguments live
// values; a Vec argument (allowlist-registry's add_many) and a payable message (escrow's deposit)
// are left out with the reason in words. The metadata file is read by the bundle parser: the .json
// without code is accepted, a .contract whose code does not match its declared hash is refused.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseBundle } from "@/lib/bricks/bundle";
import { readWatchedAbi } from "@/lib/deployments/watched/read-watched-abi";
import { watchedManifest } from "@/lib/deployments/watched/watched-manifest";

const file = (p: string) => JSON.parse(readFileSync(p, "utf8")) as Record<string, unknown>;
const erc20 = file("../shared/contracts/ink-v5-erc20.contract.json");

describe("watched contracts: messages as forms", () => {
  it("turns every erc20 message into a form, and its argument-less reads into live values", () => {
    const { manifest, refused, readOnly } = watchedManifest(parseBundle(erc20), "erc20");
    expect(refused).toEqual([]);
    expect(readOnly).toEqual(["total-supply", "balance-of", "allowance"]);
    expect(manifest.queries.map((q) => [q.id, q.format])).toEqual([["total-supply", "number"]]);
    const transfer = manifest.settings.find((s) => s.id === "transfer")!;
    expect(transfer).toMatchObject({
      message: "transfer",
      args: { to: { kind: "field", field: "to" }, value: { kind: "field", field: "value" } },
      config: {
        required: ["to", "value"],
        properties: {
          to: { type: "string", format: "ss58-address" },
          value: { type: "string", pattern: "^[0-9]+$", description: "A whole number, 0 or more (u128)" },
        },
      },
    });
  });

  it("leaves out what a form cannot fill or Brickyard does not send, saying why", () => {
    const list = watchedManifest(parseBundle(file("bricks/allowlist-registry/dist/allowlist-registry.contract")), "l");
    expect(list.refused).toEqual([
      {
        message: "add_many",
        reason: "its argument “accounts” is a Vec<AccountId>, which Brickyard's forms cannot fill yet",
      },
    ]);
    expect(list.manifest.settings.map((s) => s.message)).not.toContain("add_many");
    const escrow = watchedManifest(parseBundle(file("bricks/escrow/dist/escrow.contract")), "e");
    expect(escrow.refused).toContainEqual({
      message: "deposit",
      reason: "it expects tokens sent along with the call (payable), which Brickyard does not send",
    });
  });

  it("reads the metadata .json without code, and refuses a .contract whose code was changed", () => {
    const { wasm: _wasm, ...source } = erc20.source as Record<string, unknown>;
    void _wasm;
    const bundle = readWatchedAbi(JSON.stringify({ ...erc20, source }));
    expect(bundle.declaredHash).toBe((erc20.source as { hash: string }).hash);
    const tampered = { ...erc20, source: { ...source, wasm: "0x0061736d01000000" } };
    expect(() => readWatchedAbi(JSON.stringify(tampered))).toThrow(/the file was changed/);
    expect(() => readWatchedAbi("[1]")).toThrow(/not contract metadata/);
  });
});
