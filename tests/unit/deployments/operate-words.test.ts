// Pure parts of operating instances: event arguments in words, query values formatted, and an
// earlier configuration fitted to another version's schema.
import { describe, expect, it } from "vitest";
import type { JsonSchema } from "@/lib/bricks/json-schema";
import { fitConfig } from "@/lib/deployments/configs/fit-config";
import { accountKey, describeEventArgs } from "@/lib/deployments/events/describe-event";
import { formatQueryValue } from "@/lib/deployments/queries/format-value";

const ALICE = "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY";
const BOB = "5FHneW46xGXgs5mUiveU4sbTyGBzmstUspZC92UhjJM694ty";

describe("describeEventArgs", () => {
  it("names known accounts, explains a mint's missing sender and formats the amount", () => {
    const names = new Map([[accountKey(ALICE)!, "you"]]);
    const shown = describeEventArgs(
      { from: null, to: ALICE, value: "125050" },
      { names, config: { decimals: 2, symbol: "CLUB" } },
    );
    expect(shown).toEqual([
      { name: "from", text: "— (new tokens)" },
      { name: "to", text: "you", address: ALICE },
      { name: "value", text: "1,250.5 CLUB", raw: "125050" },
    ]);
    expect(describeEventArgs({ to: BOB, value: 7 }, { names, config: {} })).toEqual([
      { name: "to", text: BOB, address: BOB },
      { name: "value", text: "7" },
    ]);
  });
});

describe("formatQueryValue", () => {
  const ctx = { decimals: 2, symbol: "CLUB", ss58Prefix: 42, format: (a: string) => a };
  it("formats each kind", () => {
    expect(formatQueryValue("100050", { format: "token-amount" }, ctx)).toEqual({
      kind: "text",
      text: "1,000.5 CLUB",
      raw: "100050",
    });
    expect(formatQueryValue(true, { format: "bool" }, ctx)).toEqual({ kind: "text", text: "Yes" });
    expect(formatQueryValue(1234567, { format: "number" }, ctx)).toEqual({ kind: "text", text: "1,234,567" });
    expect(formatQueryValue(0, { format: "timestamp" }, ctx)).toEqual({ kind: "text", text: "never" });
    expect(formatQueryValue(ALICE, { format: "address" }, ctx)).toEqual({ kind: "address", address: ALICE });
    expect(formatQueryValue("12", { format: "token-amount" }, { ...ctx, decimals: undefined })).toEqual({
      kind: "text",
      text: "12",
    });
  });
});

describe("fitConfig", () => {
  const schema: JsonSchema = {
    type: "object",
    required: ["symbol"],
    properties: {
      symbol: { type: "string", title: "Symbol", maxLength: 3 },
      decimals: { type: "integer", maximum: 18 },
    },
  };
  it("keeps what fits, names what does not", () => {
    expect(fitConfig(schema, { symbol: "ABC", decimals: 2 })).toEqual({
      defaults: { symbol: "ABC", decimals: 2 },
      problems: [],
    });
    const fit = fitConfig(schema, { symbol: "TOOLONG", decimals: 2, gone: true });
    expect(fit.defaults).toEqual({ symbol: "TOOLONG", decimals: 2 });
    expect(fit.problems[0]).toBe("“gone” is not a setting of this version any more; it was left out.");
    expect(fit.problems[1]).toMatch(/^Symbol: /);
  });
});
