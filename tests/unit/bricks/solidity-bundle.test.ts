// Solidity bundles: parsing and the code hash, tampering caught by the loader, and the manifest's
// mappings checked against Solidity types (no compiling here: see tests/integration/solidity-publish).
import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { AbiParameter } from "abitype";
import { keccak256 } from "viem";
import { BundleError } from "@/lib/bricks/bundle";
import { checkBrick } from "@/lib/bricks/check-brick";
import { loadBrick } from "@/lib/bricks/load-brick";
import { parseSolidityBundle } from "@/lib/bricks/kinds/solidity/parse-bundle";
import { solConstProblem, solFieldFits } from "@/lib/bricks/kinds/solidity/sol-fit";
import { kindFor } from "@/lib/bricks/kinds";

const BRICKS = path.resolve(import.meta.dirname, "../../../bricks");
const SLUGS = ["oz-erc20-token", "oz-nft-collection", "oz-vesting-wallet", "oz-payment-splitter", "oz-price-feed"];
const tokenText = () => readFile(path.join(BRICKS, "oz-erc20-token/dist/oz-erc20-token.sol.json"), "utf8");
const tokenManifest = () =>
  readFile(path.join(BRICKS, "oz-erc20-token/brick.json"), "utf8").then(
    (t) => JSON.parse(t) as Record<string, unknown>,
  );

async function check(manifest: Record<string, unknown>, bundleText: string) {
  return checkBrick({
    file: "brick.json",
    manifestText: JSON.stringify({ ...manifest, description: "x" }),
    read: async (rel) => (rel === manifest.contract ? bundleText : undefined),
    nameOf: (rel) => rel,
  });
}
const problemsOf = async (manifest: Record<string, unknown>, text?: string) => {
  const r = await check(manifest, text ?? (await tokenText()));
  return r.ok ? [] : r.problems.map((p) => `${p.jsonPath} ${p.message}`);
};

describe("Solidity bundles", () => {
  it("the five OpenZeppelin bricks load as Solidity bricks for pallet-revive", async () => {
    for (const slug of SLUGS) {
      const r = await loadBrick(path.join(BRICKS, slug));
      expect(r.ok, JSON.stringify(!r.ok && r.problems)).toBe(true);
      if (!r.ok) continue;
      expect(r.brick.bundle).toMatchObject({ kind: "solidity", platform: "revive" });
      expect(r.brick.manifest.constructor.name).toBe("constructor");
    }
  });

  it("recomputes the code hash as keccak-256 of the PolkaVM code and keeps the code out of the stored ABI", async () => {
    const json = JSON.parse(await tokenText());
    const b = parseSolidityBundle(json);
    expect(kindFor(json).ids).toEqual(["solidity"]);
    expect(b.codeHash).toBe(keccak256(json.code));
    expect(b.codeHash).toBe(b.declaredHash);
    expect(Buffer.from(b.wasm.subarray(0, 4)).toString("latin1")).toBe("PVM\0");
    expect(b.metadata.code).toBeUndefined();
    expect(Object.keys((b.metadata.input as { sources: object }).sources)).toContain(
      "@openzeppelin/contracts/token/ERC20/ERC20.sol",
    );
    expect(b.constructorAbi?.inputs.map((i) => i.name)).toContain("owner_");
  });

  it("refuses changed code, a foreign blob, a broken ABI and a contract file missing from the input", async () => {
    const json = JSON.parse(await tokenText());
    const m = await tokenManifest();
    const tampered = { ...json, code: json.code.slice(0, -2) + (json.code.endsWith("00") ? "01" : "00") };
    expect((await problemsOf(m, JSON.stringify(tampered))).join("\n")).toMatch(
      /\$\.codeHash The bundle says its code hash is .* \(keccak-256\): the code or the hash was changed/,
    );
    expect(() => parseSolidityBundle({ ...json, code: "0x6080604052" })).toThrow(/not a PolkaVM program/);
    expect(() =>
      parseSolidityBundle({
        ...json,
        abi: [
          { type: "function", name: "x", inputs: [{ name: "a", type: "uint7" }], outputs: [], stateMutability: "view" },
        ],
      }),
    ).toThrow(BundleError);
    expect(() => parseSolidityBundle({ ...json, contract: { ...json.contract, file: "contracts/Nope.sol" } })).toThrow(
      /not among the compiler input's sources/,
    );
    expect(() =>
      parseSolidityBundle({
        ...json,
        format: "brickyard-solidity-bundle/1",
        input: { ...json.input, language: "Vyper" },
      }),
    ).toThrow(BundleError);
  });

  it("checks the manifest's mappings against Solidity types, naming the path and the fix", async () => {
    const m = await tokenManifest();
    const ctor = m.constructor as unknown as { name: string; args: Record<string, unknown> };
    const config = m.config as { properties: Record<string, Record<string, unknown>> };
    const p1 = await problemsOf({ ...m, constructor: { ...ctor, name: "new" } });
    expect(p1).toEqual([`$.constructor.name A Solidity contract's constructor has no name, but brick.json says "new"`]);
    const { owner_: _o, ...withoutOwner } = ctor.args;
    void _o;
    expect(
      await problemsOf({ ...m, constructor: { ...ctor, args: { ...withoutOwner, extra: { kind: "signer" } } } }),
    ).toEqual([
      '$.constructor.args Parameter "owner_" (address) of the constructor is not mapped',
      '$.constructor.args.extra "extra" is not a parameter of the constructor',
    ]);
    const wrong = await problemsOf({
      ...m,
      constructor: {
        ...ctor,
        args: {
          ...ctor.args,
          decimals_: { kind: "field", field: "mintable" },
          owner_: { kind: "const", value: "0x12" },
        },
      },
    });
    expect(wrong.join("\n")).toMatch(/decimals_.*uint8.*a boolean field cannot fill uint8/);
    expect(wrong.join("\n")).toMatch(/owner_.*does not fit/);
    const noDefault = { ...config.properties.cap };
    delete noDefault.default;
    expect(
      (await problemsOf({ ...m, config: { ...config, properties: { ...config.properties, cap: noDefault } } })).join(),
    ).toMatch(/cap.*optional but uint256 always needs a value/);
  });

  it("refuses an overloaded function name in a settings action", async () => {
    const m = JSON.parse(await readFile(path.join(BRICKS, "oz-vesting-wallet/brick.json"), "utf8"));
    const text = await readFile(path.join(BRICKS, "oz-vesting-wallet/dist/oz-vesting-wallet.sol.json"), "utf8");
    const p = await problemsOf({ ...m, settings: [{ id: "release", label: "Release", message: "release" }] }, text);
    expect(p).toEqual(['$.settings[0].message The contract has 2 functions named "release"']);
  });
});

describe("Solidity type fit", () => {
  const param = (type: string, components?: AbiParameter[]) =>
    ({ name: "x", type, ...(components ? { components } : {}) }) as AbiParameter;
  it("fits integers by width and sign", () => {
    expect(solFieldFits({ type: "integer", minimum: 0, maximum: 255 }, param("uint8"), false)).toBeUndefined();
    expect(solFieldFits({ type: "integer", minimum: 0 }, param("uint8"), false)?.message).toMatch(
      /more than uint8 holds/,
    );
    expect(solFieldFits({ type: "integer" }, param("uint256"), false)?.fix).toBe('add "minimum": 0 to the field');
    expect(solFieldFits({ type: "integer", minimum: -5, maximum: 5 }, param("int8"), false)).toBeUndefined();
    expect(solFieldFits({ type: "number" }, param("uint256"), false)?.message).toMatch(/decimals/);
    expect(solFieldFits({ type: "string", format: "token-amount" }, param("uint256"), false)).toBeUndefined();
    expect(solFieldFits({ type: "string", format: "token-amount" }, param("uint64"), false)?.message).toMatch(/2\^128/);
    expect(solFieldFits({ type: "string", format: "duration", "x-unit": "s" }, param("uint64"), false)).toBeUndefined();
    expect(solFieldFits({ type: "string", pattern: "^-?[0-9]+$" }, param("int256"), false)).toBeUndefined();
    expect(solFieldFits({ type: "string", pattern: "^-?[0-9]+$" }, param("uint256"), false)?.message).toMatch(
      /negative/,
    );
  });
  it("fits addresses, bytes, arrays and tuples", () => {
    expect(solFieldFits({ type: "string", format: "ss58-address" }, param("address"), false)).toBeUndefined();
    expect(solFieldFits({ type: "string" }, param("address"), false)?.fix).toMatch(/ss58-address/);
    expect(solFieldFits({ type: "string", pattern: "^0x[0-9a-fA-F]{64}$" }, param("bytes32"), false)).toBeUndefined();
    expect(solFieldFits({ type: "string" }, param("bytes32"), false)?.fix).toBe('add "pattern": "^0x[0-9a-fA-F]{64}$"');
    expect(
      solFieldFits({ type: "array", items: { type: "string", format: "ss58-address" } }, param("address[]"), false),
    ).toBeUndefined();
    expect(solFieldFits({ type: "array", items: { type: "boolean" } }, param("bool[2]"), false)?.fix).toMatch(
      /minItems/,
    );
    const list = {
      type: "array" as const,
      items: {
        type: "object" as const,
        required: ["a"],
        properties: { a: { type: "integer" as const, minimum: 0, maximum: 10_000, format: "basis-points" } },
      },
    };
    expect(solFieldFits(list, param("uint256[]"), false, "a")).toBeUndefined();
    expect(solFieldFits(list, param("uint256[]"), false)?.fix).toMatch(/pick/);
    const tuple = param("tuple", [
      { name: "who", type: "address" },
      { name: "ok", type: "bool" },
    ]);
    expect(
      solFieldFits(
        {
          type: "object",
          required: ["who", "ok"],
          properties: { who: { type: "string", format: "ss58-address" }, ok: { type: "boolean" } },
        },
        tuple,
        false,
      ),
    ).toBeUndefined();
    expect(
      solFieldFits(
        { type: "object", required: ["who"], properties: { who: { type: "string", format: "ss58-address" } } },
        tuple,
        false,
      )?.message,
    ).toMatch(/no property "ok"/);
  });
  it("checks constants with viem's encoder", () => {
    expect(solConstProblem("1000", param("uint256"))).toBeUndefined();
    expect(solConstProblem(256, param("uint8"))).toMatch(/is not a uint8/);
    expect(solConstProblem("0x0000000000000000000000000000000000000001", param("address"))).toBeUndefined();
    expect(solConstProblem("nope", param("address"))).toMatch(/is not a address/);
    expect(solConstProblem([1, 2], param("uint16[]"))).toBeUndefined();
  });
});
