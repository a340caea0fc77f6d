import { describe, expect, it } from "vitest";
import { checkConfigSchema } from "@/lib/bricks/check-config-schema";
import { toJsonPath } from "@/lib/bricks/json-schema";

const problems = (schema: unknown) => checkConfigSchema(schema).map((p) => [toJsonPath(p.path), p.message]);

describe("checkConfigSchema", () => {
  it("accepts an empty form and a realistic one", () => {
    expect(problems({ type: "object", properties: {} })).toEqual([]);
    expect(
      problems({
        type: "object",
        required: ["amount"],
        properties: {
          decimals: { type: "integer", minimum: 0, maximum: 18, default: 10 },
          amount: { type: "string", format: "token-amount", "x-decimals-field": "decimals", default: "1.5" },
          payees: {
            type: "array",
            items: { type: "object", properties: { share: { type: "integer", format: "basis-points" } } },
          },
        },
        "x-rules": [{ kind: "sum", array: "payees", field: "share", equals: 10000 }],
      }),
    ).toEqual([]);
  });

  it("wants an object schema", () => {
    expect(problems({ type: "string" })).toEqual([["$", "The config schema must be a JSON Schema object"]]);
    expect(problems([])).toHaveLength(1);
  });

  it("names each misuse with its path", () => {
    expect(
      problems({
        type: "object",
        required: ["missing"],
        properties: {
          a: { type: "text" },
          b: { type: "string", format: "basis-points" },
          c: { type: "string", format: "money" },
          d: { type: "string", format: "token-amount" },
          e: { type: "string", format: "token-amount", "x-decimals-field": "nope" },
          f: { type: "string", pattern: "([a-z" },
          g: { type: "integer", minimum: 5, maximum: 1 },
          h: { type: "array" },
        },
        "x-rules": [{ kind: "sum", array: "a", field: "x" }, { kind: "average" }],
      }),
    ).toEqual([
      ["$.required[0]", '"missing" is required but there is no such field'],
      ["$.properties.a.type", 'Field type "text" is not one the form can show'],
      ["$.properties.b.type", 'Format "basis-points" needs type "integer", not "string"'],
      ["$.properties.c.format", 'Unknown format "money"'],
      ["$.properties.d", 'Token amount "d" must say how many decimals the token has'],
      ['$.properties.e["x-decimals-field"]', 'x-decimals-field names "nope", which is not an integer field beside "e"'],
      ["$.properties.f.pattern", 'The pattern "([a-z" is not a valid regular expression'],
      ["$.properties.g.minimum", "minimum (5) is greater than maximum (1)"],
      ["$.properties.h", "A list field needs an `items` schema"],
      ['$["x-rules"][0]', 'Rule names "a", which is not a list field of this object'],
      ['$["x-rules"][1]', 'A rule needs "kind": "sum" or "unique"'],
    ]);
  });

  it("wants a decimals field limited to what a u128 can hold", () => {
    const schema = {
      type: "object",
      properties: {
        d: { type: "integer", minimum: 0 },
        amount: { type: "string", format: "token-amount", "x-decimals-field": "d" },
      },
    };
    expect(problems(schema)).toEqual([
      ['$.properties.amount["x-decimals-field"]', 'The decimals field "d" must be limited to 0..38'],
    ]);
  });

  it("refuses a default that its own field would reject", () => {
    expect(
      problems({ type: "object", properties: { fee: { type: "integer", format: "basis-points", default: 20000 } } }),
    ).toEqual([
      [
        "$.properties.fee.default",
        'The default of "fee" is not valid: Enter a whole number from 0 to 10,000 (basis points: 100 = 1%, 10,000 = 100%)',
      ],
    ]);
  });

  it("reports what zod's converter cannot handle", () => {
    const [p] = checkConfigSchema({ type: "object", properties: { a: { type: "string", if: { minLength: 1 } } } });
    expect(p.message).toMatch(/cannot be turned into a form: Conditional schemas/);
  });
});
