import { describe, expect, it } from "vitest";
import { initialValues, newRow } from "@/app/_components/brick-form/initial-values";
import { basisPointsHint, decimalsHint, durationHint } from "@/app/_components/brick-form/format-hints";
import { syncConstructorArgs } from "@/app/publish/_components/sync-constructor-args";

describe("the brick form's starting values", () => {
  const schema = {
    type: "object" as const,
    properties: {
      name: { type: "string" as const },
      decimals: { type: "integer" as const, default: 12 },
      on: { type: "boolean" as const },
      kind: { type: "string" as const, enum: ["a", "b"] },
      payees: {
        type: "array" as const,
        minItems: 1,
        items: {
          type: "object" as const,
          properties: { account: { type: "string" as const }, share: { type: "integer" as const } },
        },
      },
    },
  };
  it("uses defaults, empty text, unticked boxes, and minItems rows", () => {
    expect(initialValues(schema)).toEqual({ name: "", decimals: 12, on: false, payees: [{ account: "" }] });
    expect(initialValues(schema, { name: "Given" }).name).toBe("Given");
    expect(newRow(schema.properties.payees.items)).toEqual({ account: "" });
  });
});

describe("format hints", () => {
  it("explains basis points, durations and decimals in words", () => {
    expect(basisPointsHint(250)).toBe("= 2.5%");
    expect(basisPointsHint("")).toBeUndefined();
    expect(durationHint("1h30m")).toBe("= 1 hour 30 minutes");
    expect(durationHint("30 days")).toBeUndefined();
    expect(decimalsHint(0)).toBe("Whole units only.");
    expect(decimalsHint(12)).toBe("Up to 12 decimal places.");
  });
});

describe("syncConstructorArgs", () => {
  const info = {
    name: "erc20",
    metadataVersion: 5,
    language: "ink!",
    codeHash: "0x",
    declaredHash: "0x",
    constructors: [
      {
        label: "new",
        args: [
          { name: "total_supply", type: "u128" },
          { name: "owner", type: "AccountId" },
        ],
      },
    ],
  };
  it("follows the ABI, keeps what was chosen, guesses same-named fields and the signer for accounts", () => {
    const kept = { arg: "owner", kind: "const" as const, field: "", pick: "", value: '"5Grw"' };
    expect(
      syncConstructorArgs(
        info,
        "new",
        [kept, { arg: "gone", kind: "signer", field: "", pick: "", value: "" }],
        ["totalSupply"],
      ),
    ).toEqual([{ arg: "total_supply", kind: "field", field: "totalSupply", pick: "", value: "" }, kept]);
    expect(syncConstructorArgs(info, "new", [], [])?.[1]).toMatchObject({ arg: "owner", kind: "signer" });
    expect(syncConstructorArgs(info, "missing", [], [])).toBeNull();
  });
});
