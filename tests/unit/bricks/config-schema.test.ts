import { describe, expect, it } from "vitest";
import {
  configSchemaToZod,
  durationInUnit,
  durationSeconds,
  toBaseUnits,
  validateConfig,
  type JsonSchema,
} from "@/lib/bricks/config-schema";
import { ALICE, ALICE_POLKADOT, BOB } from "./helpers";

const splitter: JsonSchema = {
  type: "object",
  required: ["name", "payees", "token", "decimals", "budget"],
  properties: {
    name: {
      type: "string",
      title: "Name",
      minLength: 3,
      maxLength: 30,
      pattern: "^[A-Za-z ]+$",
      "x-pattern-message": "Use letters and spaces only",
    },
    token: { type: "string", format: "contract-address", title: "Token contract" },
    decimals: { type: "integer", minimum: 0, maximum: 18, default: 12 },
    budget: { type: "string", format: "token-amount", "x-decimals-field": "decimals" },
    fee: { type: "integer", format: "basis-points", default: 250 },
    website: { type: "string", format: "url" },
    lockFor: { type: "string", format: "duration" },
    mode: { type: "string", enum: ["fast", "safe"], "x-enum-labels": ["Fast", "Safe"], default: "safe" },
    payees: {
      type: "array",
      minItems: 1,
      items: {
        type: "object",
        required: ["account", "share"],
        properties: {
          account: { type: "string", format: "ss58-address", title: "Account" },
          share: { type: "integer", format: "basis-points", title: "Share" },
        },
      },
    },
  },
  "x-rules": [
    { kind: "sum", array: "payees", field: "share", equals: 10000, message: "Shares must add up to 100%" },
    { kind: "unique", array: "payees", field: "account" },
  ],
};

const good = {
  name: "Team split",
  token: BOB,
  budget: "1000.5",
  payees: [
    { account: ALICE, share: 6000 },
    { account: BOB, share: 4000 },
  ],
};

const issuesOf = (input: unknown, schema = splitter) => {
  const r = validateConfig(schema, input);
  return r.success ? [] : r.issues.map((i) => [i.path.join("."), i.message]);
};

describe("validateConfig", () => {
  it("accepts good answers and fills defaults", () => {
    const r = validateConfig(splitter, good);
    expect(r.success).toBe(true);
    expect(r.success && r.data).toMatchObject({ decimals: 12, fee: 250, mode: "safe", budget: "1000.5" });
  });

  it("says what is wrong in plain words, at each field's path, all at once", () => {
    expect(
      issuesOf({
        name: "x1",
        token: "hello",
        budget: "1.5",
        decimals: 19,
        fee: 10001,
        website: "ftp://example.com",
        lockFor: "soon",
        mode: "slow",
        payees: [{ account: ALICE, share: 6000 }, { share: 1.5 }],
      }),
    ).toEqual([
      ["name", "Use at least 3 characters"],
      ["name", "Use letters and spaces only"],
      ["decimals", "Enter 18 or less"],
      ["mode", "Choose one of: Fast, Safe"],
      ["payees.1.account", "This field is required"],
      ["payees.1.share", "Enter a whole number"],
      ["token", expect.stringMatching(/^This is not a valid contract address/)],
      ["fee", "Enter a whole number from 0 to 10,000 (basis points: 100 = 1%, 10,000 = 100%)"],
      ["website", "Enter a web address starting with https:// (or http://)"],
      ["lockFor", "Enter a duration such as 30d, 12h or 90m (units: y, w, d, h, m, s)"],
      ["payees", "Shares must add up to 100%"],
    ]);
  });

  it("reads a missing or blank required field as required, and a blank optional one as not given", () => {
    expect(issuesOf({ ...good, name: "" })).toEqual([["name", "This field is required"]]);
    expect(issuesOf({ ...good, website: "", lockFor: "" })).toEqual([]);
    expect(issuesOf({ ...good, token: undefined })).toEqual([["token", "This field is required"]]);
  });

  it("checks SS58 addresses, with a typo told apart from nonsense", () => {
    const typo = ALICE.slice(0, -1) + (ALICE.endsWith("Y") ? "Z" : "Y");
    expect(issuesOf({ ...good, payees: [{ account: typo, share: 10000 }] })).toEqual([
      [
        "payees.0.account",
        "This account address has a typo: its checksum does not match. Copy it again from your wallet",
      ],
    ]);
    expect(issuesOf({ ...good, token: "0x" + "ab".repeat(32) })[0][1]).toMatch(/in SS58 form .*not as hex/);
  });

  it("limits token-amount decimals to the sibling decimals field", () => {
    expect(issuesOf({ ...good, decimals: 2, budget: "1.005" })).toEqual([["budget", "Use at most 2 decimal places"]]);
    expect(issuesOf({ ...good, decimals: 0, budget: "1.5" })).toEqual([
      ["budget", "Enter a whole amount: this token has no decimal places"],
    ]);
    expect(issuesOf({ ...good, budget: "1,000" })).toEqual([
      ["budget", "Enter an amount using digits and at most one dot, such as 1000 or 12.5"],
    ]);
    expect(issuesOf({ ...good, decimals: 0, budget: (2n ** 128n).toString() })).toEqual([
      ["budget", "This amount is too large"],
    ]);
  });

  it("applies x-rules: sums with the author's message, duplicates at the repeated entry", () => {
    expect(
      issuesOf({
        ...good,
        payees: [
          { account: ALICE, share: 6000 },
          { account: BOB, share: 3000 },
        ],
      }),
    ).toEqual([["payees", "Shares must add up to 100%"]]);
    // The same account written with another network prefix is still a duplicate.
    expect(
      issuesOf({
        ...good,
        payees: [
          { account: ALICE, share: 5000 },
          { account: ALICE_POLKADOT, share: 5000 },
        ],
      }),
    ).toEqual([["payees.1.account", "Each account may appear only once: entry 2 repeats entry 1"]]);
  });

  it("words a sum rule without a message from the field's title", () => {
    const schema: JsonSchema = {
      ...splitter,
      "x-rules": [{ kind: "sum", array: "payees", field: "share", max: 5000 }],
    };
    expect(issuesOf(good, schema)).toEqual([
      ["payees", "The share values must add up to at most 5,000; they add up to 10,000"],
    ]);
  });
});

describe("configSchemaToZod", () => {
  it("is a zod schema with the same checks, for forms and server actions", () => {
    const z = configSchemaToZod(splitter);
    expect(z.parse(good)).toMatchObject({ fee: 250 });
    const r = z.safeParse({ ...good, payees: [] });
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => [i.path, i.message])).toEqual([[["payees"], "Add at least 1 entry"]]);
  });

  it("keeps an ISO-looking duration out of zod's own ISO 8601 check", () => {
    expect(validateConfig(splitter, { ...good, lockFor: "30d" }).success).toBe(true);
    expect(validateConfig(splitter, { ...good, lockFor: "P30D" }).success).toBe(false);
  });
});

describe("conversions", () => {
  it("turns token amounts into base units", () => {
    expect(toBaseUnits("1000.5", 12)).toBe(1_000_500_000_000_000n);
    expect(toBaseUnits("0.000000000001", 12)).toBe(1n);
    expect(toBaseUnits("42", 0)).toBe(42n);
    expect(() => toBaseUnits("-1", 10)).toThrow(/digits/);
  });

  it("turns durations into seconds or milliseconds", () => {
    expect(durationSeconds("30d")).toBe(30 * 86_400);
    expect(durationSeconds("12h")).toBe(43_200);
    expect(durationSeconds("90m")).toBe(5_400);
    expect(durationSeconds("1y")).toBe(365 * 86_400);
    expect(durationSeconds("1h 30m")).toBe(5_400);
    expect(durationInUnit("2s", { type: "string", format: "duration" })).toBe(2_000);
    expect(durationInUnit("2s", { type: "string", format: "duration", "x-unit": "s" })).toBe(2);
  });
});
