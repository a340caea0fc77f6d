import { describe, expect, it } from "vitest";
import { describeFields } from "@/lib/bricks/config-schema";

describe("describeFields", () => {
  it("lists what the form will ask for, in schema order, with labels, help, defaults and flags", () => {
    const fields = describeFields({
      type: "object",
      required: ["tokenName", "payees"],
      properties: {
        tokenName: { type: "string", title: "Token name", description: "Shown in wallets." },
        initial_supply: { type: "string", format: "token-amount", "x-decimals": 12, default: "1000" },
        fee: { type: "integer", format: "basis-points", minimum: 0, maximum: 500, "x-advanced": true },
        mode: { type: "string", enum: ["fast", "safe"], "x-enum-labels": ["Fast", "Safe"] },
        payees: {
          type: "array",
          items: {
            type: "object",
            required: ["account"],
            properties: {
              account: { type: "string", format: "ss58-address" },
              share: { type: "integer", format: "basis-points" },
            },
          },
        },
        tags: { type: "array", items: { type: "string", maxLength: 10 } },
      },
    });
    expect(fields.map((f) => f.path)).toEqual(["tokenName", "initial_supply", "fee", "mode", "payees", "tags"]);
    expect(fields[0]).toEqual({
      path: "tokenName",
      name: "tokenName",
      label: "Token name",
      help: "Shown in wallets.",
      type: "string",
      required: true,
      advanced: false,
    });
    expect(fields[1]).toMatchObject({
      label: "Initial supply",
      format: "token-amount",
      default: "1000",
      decimals: 12,
      required: false,
    });
    expect(fields[2]).toMatchObject({ label: "Fee", advanced: true, minimum: 0, maximum: 500 });
    expect(fields[3]).toMatchObject({
      enum: ["fast", "safe"],
      options: [
        { value: "fast", label: "Fast" },
        { value: "safe", label: "Safe" },
      ],
    });
    expect(fields[4].items!.map((f) => [f.path, f.label, f.required])).toEqual([
      ["payees[].account", "Account", true],
      ["payees[].share", "Share", false],
    ]);
    expect(fields[5].item).toMatchObject({ path: "tags[]", type: "string" });
  });

  it("describes decimals taken from another field", () => {
    const [, amount] = describeFields({
      type: "object",
      properties: {
        decimals: { type: "integer" },
        amount: { type: "string", format: "token-amount", "x-decimals-field": "decimals" },
      },
    });
    expect(amount.decimals).toEqual({ field: "decimals" });
  });

  it("is empty for a brick that asks nothing", () => {
    expect(describeFields({ type: "object", properties: {} })).toEqual([]);
  });
});
