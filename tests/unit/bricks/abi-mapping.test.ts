import { describe, expect, it } from "vitest";
import { checkAbiMapping } from "@/lib/bricks/abi-mapping";
import { parseBundle, type ContractBundle, type InkArg } from "@/lib/bricks/bundle";
import { typeName, type InkType } from "@/lib/bricks/ink-types";
import { toJsonPath, type JsonSchema } from "@/lib/bricks/json-schema";
import { ZManifest, type TArgSource } from "@/lib/bricks/manifest-schema";
import { ALICE, bundleText } from "./helpers";

const u = (name: "u8" | "u16" | "u32" | "u64" | "u128"): InkType => ({ kind: "int", name });
const account: InkType = { kind: "account" };
const option = (of: InkType): InkType => ({ kind: "option", of });
const vec = (of: InkType): InkType => ({ kind: "vec", of });
const arg = (name: string, type: InkType): InkArg => ({
  name,
  type,
  typeName: typeName(type),
  displayName: typeName(type),
});

/** A bundle with one constructor `new(x: type)` and a message `set(x: type)`. */
function fakeBundle(type: InkType): ContractBundle {
  const call = { label: "new", selector: "0x00000000", args: [arg("x", type)], docs: [], payable: false };
  return { constructors: [call], messages: [{ ...call, label: "set", mutates: true }] } as unknown as ContractBundle;
}

function manifest(config: JsonSchema, args: Record<string, unknown>, extra: Record<string, unknown> = {}) {
  return ZManifest.parse({
    slug: "t",
    name: "Test",
    summary: "A brick for tests.",
    description: "d",
    category: "tests",
    version: "1.0.0",
    contract: "c.json",
    config,
    constructor: { name: "new", args },
    ...extra,
  });
}

/** Problems when constructor argument x of `type` comes from `field` (required unless `optional`). */
function fieldProblems(
  type: InkType,
  field: JsonSchema,
  source: Partial<Extract<TArgSource, { kind: "field" }>> = {},
  optional = false,
) {
  const config: JsonSchema = { type: "object", required: optional ? [] : ["f"], properties: { f: field } };
  return checkAbiMapping(manifest(config, { x: { kind: "field", field: "f", ...source } }), fakeBundle(type)).map(
    (p) => p.message,
  );
}
const constProblems = (type: InkType, value: unknown) =>
  checkAbiMapping(manifest({ type: "object", properties: {} }, { x: { kind: "const", value } }), fakeBundle(type)).map(
    (p) => p.message,
  );

describe("checkAbiMapping: arguments present", () => {
  const erc20 = parseBundle(bundleText("ink-v5-erc20"));
  const config: JsonSchema = {
    type: "object",
    required: ["s"],
    properties: { s: { type: "string", format: "token-amount", "x-decimals": 10 } },
  };

  it("passes a complete mapping", () => {
    expect(checkAbiMapping(manifest(config, { total_supply: { kind: "field", field: "s" } }), erc20)).toEqual([]);
  });

  it("names the unmapped argument and the unknown one, with their paths", () => {
    const problems = checkAbiMapping(manifest(config, { totl_supply: { kind: "field", field: "s" } }), erc20);
    expect(problems.map((p) => [toJsonPath(p.path), p.message, p.fix])).toEqual([
      [
        "$.constructor.args",
        'Argument "total_supply" (u128) of constructor "new" is not mapped',
        expect.stringContaining('add "total_supply"'),
      ],
      [
        "$.constructor.args.totl_supply",
        '"totl_supply" is not an argument of constructor "new"',
        "its arguments are: total_supply",
      ],
    ]);
  });

  it("names an unknown constructor and the ones there are", () => {
    const m = manifest(config, {});
    m.constructor.name = "create";
    expect(checkAbiMapping(m, erc20)).toEqual([
      { path: ["constructor", "name"], message: 'The contract has no constructor "create"', fix: "use one of: new" },
    ]);
  });

  it("names a field the form does not have", () => {
    expect(
      checkAbiMapping(manifest(config, { total_supply: { kind: "field", field: "supply" } }), erc20)[0].message,
    ).toBe('Argument "total_supply" of constructor "new" names the field "supply", which the form does not have');
  });

  it("checks settings actions and the link step against the messages", () => {
    const m = manifest(
      config,
      { total_supply: { kind: "field", field: "s" } },
      {
        link: {
          field: "s",
          explain: "x",
          record: { on: "instance", message: "aprove" },
          verify: {
            on: "instance",
            message: "allowance",
            args: { owner: { kind: "signer" }, spender: { kind: "linked" } },
            equals: { kind: "signer" },
          },
        },
        settings: [
          {
            id: "send",
            label: "Send",
            message: "transfer",
            args: { to: { kind: "signer" }, value: { kind: "instance" } },
          },
        ],
      },
    );
    expect(checkAbiMapping(m, erc20).map((p) => [toJsonPath(p.path), p.message])).toEqual([
      ["$.link.record.message", 'The contract has no message "aprove"'],
      [
        "$.link.verify.equals",
        'The expected result of message "allowance" (link step) is u128, but a signer source gives an account address (AccountId)',
      ],
      [
        "$.settings[0].args.value",
        'Argument "value" of message "transfer" (settings action "send") is u128, but an instance source gives an account address (AccountId)',
      ],
    ]);
  });

  it("does not allow the instance in the constructor, nor linked without a link step", () => {
    expect(
      checkAbiMapping(manifest(config, { total_supply: { kind: "instance" } }), fakeBundle(account))[0],
    ).toBeDefined();
    const m = checkAbiMapping(
      manifest({ type: "object", properties: {} }, { x: { kind: "instance" } }),
      fakeBundle(account),
    );
    expect(m[0].message).toMatch(/uses an "instance" source, but the instance does not exist yet/);
    expect(
      checkAbiMapping(manifest({ type: "object", properties: {} }, { x: { kind: "linked" } }), fakeBundle(account))[0]
        .message,
    ).toMatch(/the brick has no link step/);
    expect(
      checkAbiMapping(manifest({ type: "object", properties: {} }, { x: { kind: "signer" } }), fakeBundle(account)),
    ).toEqual([]);
  });
});

describe("checkAbiMapping: field types against ABI types", () => {
  it("accepts the natural pairs", () => {
    expect(fieldProblems(account, { type: "string", format: "ss58-address" })).toEqual([]);
    expect(fieldProblems(account, { type: "string", format: "contract-address" })).toEqual([]);
    expect(fieldProblems(u("u128"), { type: "string", format: "token-amount", "x-decimals": 12 })).toEqual([]);
    expect(fieldProblems(u("u128"), { type: "string", pattern: "^[0-9]+$" })).toEqual([]);
    expect(fieldProblems(u("u128"), { type: "string", pattern: "^-?\\d+$" })[0]).toMatch(
      /the pattern allows negative numbers/,
    );
    expect(fieldProblems(u("u128"), { type: "integer", minimum: 0 })).toEqual([]);
    expect(fieldProblems(u("u16"), { type: "integer", format: "basis-points" })).toEqual([]);
    expect(fieldProblems(u("u64"), { type: "string", format: "duration" })).toEqual([]);
    expect(fieldProblems({ kind: "bool" }, { type: "boolean" })).toEqual([]);
    expect(fieldProblems({ kind: "string" }, { type: "string", format: "url" })).toEqual([]);
    expect(fieldProblems(option(account), { type: "string", format: "ss58-address" }, {}, true)).toEqual([]);
    expect(fieldProblems(vec(account), { type: "array", items: { type: "string", format: "ss58-address" } })).toEqual(
      [],
    );
  });

  it("refuses an optional field for an argument that always needs a value", () => {
    expect(fieldProblems(u("u128"), { type: "integer", minimum: 0 }, {}, true)).toEqual([
      'Argument "x" (u128) of constructor "new" cannot come from field "f": the field is optional but u128 always needs a value',
    ]);
    // …unless it has a default.
    expect(fieldProblems(u("u128"), { type: "integer", minimum: 0, default: 5 }, {}, true)).toEqual([]);
  });

  it("explains integer ranges", () => {
    expect(fieldProblems(u("u32"), { type: "integer" })[0]).toMatch(
      /u32 cannot be negative, but the field allows any number/,
    );
    expect(fieldProblems(u("u8"), { type: "integer", minimum: 0 })[0]).toMatch(
      /allows any number, more than u8 holds \(255\)/,
    );
    expect(fieldProblems(u("u8"), { type: "integer", minimum: 0, maximum: 255 })).toEqual([]);
    expect(fieldProblems(u("u8"), { type: "integer", format: "basis-points" })[0]).toMatch(
      /basis points go up to 10,000, which does not fit u8/,
    );
    expect(fieldProblems(u("u32"), { type: "number", minimum: 0 })[0]).toMatch(
      /allows decimals, which u32 cannot hold/,
    );
    expect(fieldProblems(u("u32"), { type: "string", format: "duration" })[0]).toMatch(
      /durations in milliseconds do not fit u32/,
    );
    expect(fieldProblems(u("u32"), { type: "string", format: "duration", "x-unit": "s" })).toEqual([]);
  });

  it("explains a wrong kind of field and suggests the right one", () => {
    const config: JsonSchema = {
      type: "object",
      required: ["f"],
      properties: { f: { type: "string", format: "ss58-address" } },
    };
    const [p] = checkAbiMapping(manifest(config, { x: { kind: "field", field: "f" } }), fakeBundle(u("u128")));
    expect(p.message).toBe(
      'Argument "x" (u128) of constructor "new" cannot come from field "f": a string with format ss58-address field cannot fill u128',
    );
    expect(p.fix).toMatch(/token-amount/);
    expect(fieldProblems(account, { type: "string" })[0]).toMatch(/a string field cannot fill AccountId/);
    expect(fieldProblems({ kind: "bool" }, { type: "integer", minimum: 0 })[0]).toMatch(/cannot fill bool/);
  });

  it("maps lists of objects with pick, or as tuples", () => {
    const payees: JsonSchema = {
      type: "array",
      items: {
        type: "object",
        required: ["account", "share"],
        properties: {
          account: { type: "string", format: "ss58-address" },
          share: { type: "integer", format: "basis-points" },
        },
      },
    };
    expect(fieldProblems(vec(account), payees, { pick: "account" })).toEqual([]);
    expect(fieldProblems(vec(u("u16")), payees, { pick: "share" })).toEqual([]);
    expect(fieldProblems(vec({ kind: "tuple", of: [account, u("u16")] }), payees)).toEqual([]);
    expect(fieldProblems(vec(account), payees)[0]).toMatch(/the entries are objects, but each element is AccountId/);
    expect(fieldProblems(vec(account), payees, { pick: "wallet" })[0]).toMatch(/"pick" names "wallet"/);
    expect(fieldProblems(vec({ kind: "tuple", of: [u("u16"), account] }), payees)[0]).toMatch(
      /entry property "account" \(tuple element 1\)/,
    );
    expect(fieldProblems(account, { type: "string", format: "ss58-address" }, { pick: "a" })[0]).toMatch(
      /"pick" only applies to list fields/,
    );
  });
});

describe("checkAbiMapping: constants", () => {
  it("checks constants against the type", () => {
    expect(constProblems(u("u128"), "340282366920938463463374607431768211455")).toEqual([]);
    expect(constProblems(u("u8"), 300)[0]).toMatch(/300 is outside u8 \(0\.\.255\)/);
    expect(constProblems(u("u8"), 1.5)[0]).toMatch(/1\.5 is not a u8/);
    expect(constProblems(option(account), null)).toEqual([]);
    expect(constProblems(account, ALICE)).toEqual([]);
    expect(constProblems(account, "alice")[0]).toMatch(/not a valid account address/);
    expect(constProblems({ kind: "bool" }, "true")[0]).toMatch(/"true" is not a bool/);
    expect(constProblems(vec(u("u8")), [1, 2, 256])[0]).toMatch(/256 is outside u8/);
    expect(constProblems({ kind: "other", name: "Config" }, {})[0]).toMatch(/cannot encode constants of type Config/);
  });
});
