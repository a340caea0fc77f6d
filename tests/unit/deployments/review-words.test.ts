// The review's and the instance page's words for answers: yes/no as "Yes"/"No", the user's own
// contract named by the question they answered (never "the link field"), and a cost line that says
// why nothing was measured instead of "not known: the dry-run failed".
import { describe, expect, it } from "vitest";
import type { TManifest } from "@/lib/bricks/manifest-schema";
import { describeConstructorArgs } from "@/lib/deployments/describe-args";
import { describeEventArgs } from "@/lib/deployments/events/describe-event";
import { enteredValue } from "@/app/_components/deploy/review-answers";
import { UNKNOWN_COST, gasWords } from "@/app/_components/deploy/cost-words";

const SELLER = "5FHneW46xGXgs5mUiveU4sbTyGBzmstUspZC92UhjJM694ty";

const manifest = {
  config: {
    type: "object",
    properties: {
      sellerContract: { type: "string", title: "Your contract (the seller)" },
      paused: { type: "boolean", title: "Start paused" },
    },
  },
  constructor: {
    name: "new",
    args: {
      seller: { kind: "linked" },
      paused: { kind: "field", field: "paused" },
      open: { kind: "const", value: true },
    },
  },
  link: { field: "sellerContract", requiredMessages: [], explain: "…" },
} as unknown as TManifest;

const params = [
  { name: "seller", type: "AccountId" },
  { name: "paused", type: "bool" },
  { name: "open", type: "bool" },
];

describe("describeConstructorArgs", () => {
  const rows = describeConstructorArgs(manifest, params, { sellerContract: SELLER, paused: false }, [
    SELLER,
    false,
    true,
  ]);

  it("says a yes/no answer as Yes/No, and keeps the encoded value technical", () => {
    expect(rows[1]).toMatchObject({ from: "Your answer to “Start paused”", entered: "No", encoded: "false" });
    expect(rows[2]).toMatchObject({ from: "Fixed by the brick", entered: "Yes", encoded: "true" });
  });

  it("names the user's contract by the question they answered, with the address they gave", () => {
    expect(rows[0].from).toBe("Your answer to “Your contract (the seller)”");
    expect(rows[0].entered).toBe(SELLER);
    expect(rows.map((r) => r.from).join(" ")).not.toMatch(/link field/);
  });
});

describe("answers in words", () => {
  it("lists entries of a list with Yes/No, not true/false", () => {
    expect(enteredValue(JSON.stringify([{ who: "Ann", vip: true }]))).toEqual(["Ann — Yes"]);
  });

  it("says a yes/no event value as Yes/No", () => {
    expect(describeEventArgs({ paused: true }, { names: new Map(), config: {} })).toEqual([
      { name: "paused", text: "Yes" },
    ]);
  });
});

describe("cost words", () => {
  it("explains a cost that could not be measured, pointing at the problem above", () => {
    expect(UNKNOWN_COST).toMatch(/cannot be worked out until the problem above is fixed/);
    expect(UNKNOWN_COST).not.toMatch(/not known|dry-run/);
  });

  it("formats measured gas and says plainly when nothing was measured", () => {
    expect(gasWords("1234567")).toBe("1,234,567");
    expect(gasWords("2048", "bytes")).toBe("2,048 bytes");
    expect(gasWords("0")).toBe("not measured (the check above failed)");
  });
});
