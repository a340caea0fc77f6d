import { describe, expect, it } from "vitest";
import { encodeArgs, encodeLinkExpectation } from "@/lib/bricks/abi-mapping";
import { toAbi, type ContractBundle } from "@/lib/bricks/bundle";
import { AppError } from "@/lib/errors";
import { loadBricksDir } from "@/lib/bricks/load-brick";
import type { LoadedBrick } from "@/lib/bricks/check-brick";
import type { InkType } from "@/lib/bricks/ink-types";
import { ZManifest } from "@/lib/bricks/manifest-schema";
import { ALICE, BOB, FIXTURE_BRICKS } from "./helpers";

const bricks = new Map<string, LoadedBrick>();
for (const r of await loadBricksDir(FIXTURE_BRICKS)) if (r.ok) bricks.set(r.brick.manifest.slug, r.brick);
const get = (slug: string) => bricks.get(slug)!;

describe("encodeArgs with the fixture bricks", () => {
  it("turns a token amount into base units as a decimal string, which api-contract encodes", () => {
    const { manifest, bundle } = get("demo-token");
    const args = encodeArgs(manifest, bundle, { totalSupply: "2500.5" }, { signer: ALICE });
    expect(args).toEqual(["2500500000000000"]);
    const encoded = toAbi(bundle).findConstructor("new").toU8a(args);
    expect(encoded.length).toBeGreaterThan(16);
  });

  it("applies defaults for fields left blank", () => {
    const { manifest, bundle } = get("demo-token");
    expect(encodeArgs(manifest, bundle, { totalSupply: "" }, { signer: ALICE })).toEqual([
      (1_000_000n * 10n ** 12n).toString(),
    ]);
    expect(encodeArgs(get("on-off-switch").manifest, get("on-off-switch").bundle, {}, { signer: ALICE })).toEqual([
      false,
    ]);
    expect(encodeArgs(get("kill-switch").manifest, get("kill-switch").bundle, {}, { signer: ALICE })).toEqual([true]);
  });

  it("encodes the link step from the answers, the signer and the linked contract", () => {
    const { manifest, bundle } = get("allowance-token");
    const answers = { totalSupply: "1000", spender: BOB, allowance: "5.25" };
    expect(encodeArgs(manifest, bundle, answers, { signer: ALICE, instance: ALICE }, { kind: "link-record" })).toEqual([
      BOB,
      "52500000000",
    ]);
    expect(encodeArgs(manifest, bundle, answers, { signer: ALICE, instance: ALICE }, { kind: "link-verify" })).toEqual([
      ALICE,
      BOB,
    ]);
    expect(encodeLinkExpectation(manifest, bundle, answers, { signer: ALICE })).toBe("52500000000");
  });

  it("encodes a settings action from its own small form", () => {
    const { manifest, bundle } = get("demo-token");
    const args = encodeArgs(
      manifest,
      bundle,
      { recipient: BOB, amount: "1" },
      { signer: ALICE, instance: ALICE },
      { kind: "settings", id: "send-tokens" },
    );
    expect(args).toEqual([BOB, "1000000000000"]);
    expect(toAbi(bundle).findMessage("transfer").toU8a(args).length).toBe(4 + 32 + 16 + 1);
  });

  it("refuses invalid answers with the field messages", () => {
    const { manifest, bundle } = get("allowance-token");
    try {
      encodeArgs(manifest, bundle, { totalSupply: "1.12345678901", spender: "nope" }, { signer: ALICE });
      throw new Error("should have thrown");
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).fields).toEqual({
        totalSupply: ["Use at most 10 decimal places"],
        spender: [expect.stringMatching(/not a valid contract address/)],
      });
    }
  });
});

describe("encodeArgs with richer types", () => {
  const bundle = (args: [string, InkType][]) =>
    ({
      constructors: [
        {
          label: "new",
          selector: "0x00",
          docs: [],
          payable: false,
          args: args.map(([name, type]) => ({ name, type, typeName: "", displayName: "" })),
        },
      ],
      messages: [],
    }) as unknown as ContractBundle;

  it("encodes Option, Vec with pick, tuples, durations and constants", () => {
    const manifest = ZManifest.parse({
      slug: "splitter",
      name: "Splitter",
      summary: "Splits payments for tests.",
      description: "d",
      category: "payments",
      version: "1.0.0",
      contract: "c",
      config: {
        type: "object",
        required: ["payees", "lock"],
        properties: {
          admin: { type: "string", format: "ss58-address" },
          lock: { type: "string", format: "duration" },
          payees: {
            type: "array",
            items: {
              type: "object",
              required: ["account", "share"],
              properties: {
                account: { type: "string", format: "ss58-address" },
                share: { type: "integer", format: "basis-points" },
              },
            },
          },
        },
      },
      constructor: {
        name: "new",
        args: {
          admin: { kind: "field", field: "admin" },
          accounts: { kind: "field", field: "payees", pick: "account" },
          pairs: { kind: "field", field: "payees" },
          lock: { kind: "field", field: "lock" },
          cap: { kind: "const", value: 1000 },
        },
      },
    });
    const account: InkType = { kind: "account" };
    const u16: InkType = { kind: "int", name: "u16" };
    const b = bundle([
      ["admin", { kind: "option", of: account }],
      ["accounts", { kind: "vec", of: account }],
      ["pairs", { kind: "vec", of: { kind: "tuple", of: [account, u16] } }],
      ["lock", { kind: "int", name: "u64" }],
      ["cap", { kind: "int", name: "u128" }],
    ]);
    const payees = [
      { account: ALICE, share: 7000 },
      { account: BOB, share: 3000 },
    ];
    expect(encodeArgs(manifest, b, { payees, lock: "30d" }, { signer: ALICE })).toEqual([
      null,
      [ALICE, BOB],
      [
        [ALICE, "7000"],
        [BOB, "3000"],
      ],
      String(30 * 86_400_000),
      "1000",
    ]);
    expect(encodeArgs(manifest, b, { payees, lock: "1h", admin: BOB }, { signer: ALICE })[0]).toBe(BOB);
  });
});
