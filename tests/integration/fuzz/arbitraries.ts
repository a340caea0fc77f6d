// fast-check generators for hostile input: wrong types, huge and deep values, broken Unicode
// (lone surrogates), extra fields, broken JSON and malformed path segments.
import fc from "fast-check";

const loneSurrogate = fc.constantFrom("\ud800", "\udfff", "a\ud800", "\udc00b", "x\ud83e");
const brokenText = fc
  .tuple(fc.string({ maxLength: 8 }), loneSurrogate, fc.string({ maxLength: 8 }))
  .map(([a, b, c]) => a + b + c);

function deep(levels: number, leaf: unknown): unknown {
  let v = leaf;
  for (let i = 0; i < levels; i++) v = i % 2 ? { a: v } : [v];
  return v;
}

/** Any single value a hostile client might put in a field. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 20 }) },
  { weight: 3, arbitrary: brokenText },
  { weight: 1, arbitrary: fc.constantFrom("x".repeat(300_000), "🧱".repeat(50_000)) },
  {
    weight: 2,
    arbitrary: fc.oneof(fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.bigInt().map(String)),
  },
  { weight: 1, arbitrary: fc.integer({ min: 65, max: 2000 }).map((n) => deep(n, "x")) },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      "",
      " ",
      "0x",
      "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY",
      "//Alice",
      "../../etc/passwd",
      "<script>",
      "%E0%A4%A",
    ),
  },
);

/** An object with the route's own keys (hostile values, sometimes missing) plus extra keys. */
export function hostileObject(keys: readonly string[]): fc.Arbitrary<Record<string, unknown>> {
  const known = fc.record(Object.fromEntries(keys.map((k) => [k, hostileValue])), { requiredKeys: [] });
  const extra = fc.dictionary(
    fc.oneof(fc.string({ maxLength: 6 }), brokenText, fc.constantFrom("__proto__", "constructor", "now", "actorId")),
    hostileValue,
    { maxKeys: 3 },
  );
  return fc.tuple(known, extra).map(([a, b]) => ({ ...b, ...a }));
}

/** A raw request body: JSON of a hostile object, or text that is not what it claims to be. */
export function hostileBody(keys: readonly string[]): fc.Arbitrary<string | Uint8Array> {
  return fc.oneof(
    { weight: 6, arbitrary: hostileObject(keys).map((o) => JSON.stringify(o)) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        "",
        "{",
        "null",
        "[]",
        '"str"',
        '{"a":}',
        "[".repeat(100_000) + "]".repeat(100_000),
        '{"name":"a\\ud800"}',
      ),
    },
    { weight: 1, arbitrary: fc.uint8Array({ maxLength: 64 }) },
    { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 64 }) },
  );
}

/** A dynamic path segment as Next.js might hand it over. */
export function hostileSegment(valid: string): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 3, arbitrary: fc.constant(valid) },
    { weight: 2, arbitrary: fc.constantFrom("%E0%A4%A", "100%", "%ED%A0%80", "%", "%%", "a%2Fb", "..", "%00") },
    { weight: 2, arbitrary: fc.string({ maxLength: 30 }) },
    { weight: 1, arbitrary: brokenText },
  );
}
