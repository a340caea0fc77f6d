// The kit's SCALE Encoder/Decoder (bricks/_kit/assembly/scale.ts) compiled to wasm and compared
// with @polkadot/types encodings, both ways.
import { TypeRegistry } from "@polkadot/types";
import { blake2AsU8a } from "@polkadot/util-crypto";
import { u8aConcat } from "@polkadot/util";
import { beforeAll, describe, expect, it } from "vitest";
import { compileHarness, Harness } from "../support/harness";

const registry = new TypeRegistry();
const enc = (type: string, v: unknown) => registry.createType(type, v).toU8a();
const u32le = (n: number) => new Uint8Array(new Uint32Array([n]).buffer);
const intLe = (v: bigint, bytes: number) =>
  Uint8Array.from({ length: bytes }, (_, i) => Number((BigInt.asUintN(bytes * 8, v) >> BigInt(8 * i)) & 0xffn));
const lp = (b: Uint8Array) => u8aConcat(u32le(b.length), b);
const utf8 = (s: string) => new TextEncoder().encode(s);
const acc = (n: number) => Uint8Array.from({ length: 32 }, (_, i) => (n * 31 + i * 7) & 0xff);

interface Case {
  name: string;
  tag: string;
  type: string;
  value: unknown;
  /** The harness's dump of the value. */
  dump: Uint8Array;
}
const MAX = (1n << 128n) - 1n;
const compacts = [
  0n,
  1n,
  63n,
  64n,
  16383n,
  16384n,
  (1n << 30n) - 1n,
  1n << 30n,
  (1n << 32n) - 1n,
  1n << 32n,
  (1n << 64n) - 1n,
  1n << 64n,
  1n << 100n,
  MAX,
];
const longText = "brick ".repeat(20);
const cases: Case[] = [
  { name: "bool true", tag: "b", type: "bool", value: true, dump: Uint8Array.of(1) },
  { name: "bool false", tag: "b", type: "bool", value: false, dump: Uint8Array.of(0) },
  { name: "u8", tag: "1", type: "u8", value: 255, dump: Uint8Array.of(255) },
  { name: "u16", tag: "2", type: "u16", value: 0xbeef, dump: intLe(0xbeefn, 2) },
  { name: "u32", tag: "4", type: "u32", value: 0xdeadbeef, dump: intLe(0xdeadbeefn, 4) },
  { name: "u64", tag: "8", type: "u64", value: (1n << 64n) - 2n, dump: intLe((1n << 64n) - 2n, 8) },
  { name: "i8", tag: "x", type: "i8", value: -128, dump: intLe(-128n, 1) },
  { name: "i16", tag: "y", type: "i16", value: -2, dump: intLe(-2n, 2) },
  { name: "i32", tag: "z", type: "i32", value: -(2 ** 31), dump: intLe(-(2n ** 31n), 4) },
  { name: "i64", tag: "w", type: "i64", value: -(2n ** 63n), dump: intLe(-(2n ** 63n), 8) },
  ...[0n, 1n, 1n << 64n, MAX].map((v) => ({ name: `u128 ${v}`, tag: "g", type: "u128", value: v, dump: intLe(v, 16) })),
  ...compacts.map((v) => ({ name: `Compact ${v}`, tag: "c", type: "Compact<u128>", value: v, dump: intLe(v, 16) })),
  ...["", "hello", "héllo ✓ 🧱", longText].map((s) => ({
    name: `String ${JSON.stringify(s.slice(0, 12))}`,
    tag: "s",
    type: "Text",
    value: s,
    dump: lp(utf8(s)),
  })),
  { name: "AccountId", tag: "a", type: "AccountId", value: acc(1), dump: acc(1) },
  { name: "Vec<u8> empty", tag: "v", type: "Vec<u8>", value: [], dump: lp(new Uint8Array()) },
  { name: "Vec<u8> 70", tag: "v", type: "Vec<u8>", value: new Array(70).fill(7), dump: lp(new Uint8Array(70).fill(7)) },
  { name: "Option<AccountId> None", tag: "o", type: "Option<AccountId>", value: null, dump: Uint8Array.of(0) },
  {
    name: "Option<AccountId> Some",
    tag: "o",
    type: "Option<AccountId>",
    value: registry.createType("AccountId", acc(3)),
    dump: u8aConcat([1], acc(3)),
  },
  { name: "Option<u128> None", tag: "O", type: "Option<u128>", value: null, dump: Uint8Array.of(0) },
  { name: "Option<u128> Some", tag: "O", type: "Option<u128>", value: 12345n, dump: u8aConcat([1], intLe(12345n, 16)) },
  { name: "Option<String> Some", tag: "S", type: "Option<Text>", value: "ok", dump: u8aConcat([1], lp(utf8("ok"))) },
  { name: "Option<String> None", tag: "S", type: "Option<Text>", value: null, dump: Uint8Array.of(0) },
];

let wasm: Uint8Array;
beforeAll(async () => {
  wasm = await compileHarness();
}, 120_000);

function decode(h: Harness, tags: string, input: Uint8Array) {
  const t = utf8(tags);
  return h.run("decodeToDump", h.put(t), t.length, h.put(input), input.length);
}
function encode(h: Harness, tags: string, dump: Uint8Array) {
  const t = utf8(tags);
  return h.run("encodeFromDump", h.put(t), t.length, h.put(dump), dump.length);
}

describe("SCALE codec against @polkadot/types", () => {
  for (const c of cases) {
    it(`${c.name}: Encoder gives polkadot's bytes; Decoder reads them back`, () => {
      const h = new Harness(wasm);
      const expected = enc(c.type, c.value);
      expect(encode(h, c.tag, c.dump)).toEqual(expected);
      expect(decode(h, c.tag, expected)).toEqual(c.dump);
    });
  }

  it("a tuple of every kind, in order (struct/tuple = fields concatenated)", () => {
    const h = new Harness(wasm);
    const tags = cases.map((c) => c.tag).join("");
    const bytes = u8aConcat(...cases.map((c) => enc(c.type, c.value)));
    const dump = u8aConcat(...cases.map((c) => c.dump));
    expect(encode(h, tags, dump)).toEqual(bytes);
    expect(decode(h, tags, bytes)).toEqual(dump);
  });

  it("Result and enum tags: Ok = 0x00, Err = 0x01, variant = index byte", () => {
    const h = new Harness(wasm);
    expect(enc("Result<(), u8>", { Ok: null })).toEqual(encode(h, "1", Uint8Array.of(0)));
    expect(enc("Result<(), u8>", { Err: 4 })).toEqual(encode(h, "11", Uint8Array.of(1, 4)));
  });

  it("rejects malformed input: bad bool, non-canonical compact, truncation, trailing bytes", () => {
    const bad: [string, number[]][] = [
      ["b", [2]],
      ["c", [0b01, 0x00]], // 0 in two-byte mode
      ["c", [0b10, 0, 0, 0]], // 0 in four-byte mode
      ["c", [0b11, 1, 0, 0, 0]], // 1 in big-integer mode
      ["c", [0b11 | (13 << 2), ...new Array(17).fill(1)]], // 17 bytes > u128
      ["g", [1, 2, 3]],
      ["s", [8, 0x61]], // length 2, one byte
      ["o", [2]],
      ["1", [1, 2]], // trailing byte
    ];
    for (const [tag, bytes] of bad) {
      expect(() => decode(new Harness(wasm), tag, Uint8Array.from(bytes)), `${tag} ${bytes}`).toThrow(/unreachable/);
    }
  });
});

describe("event topics (ink! v5)", () => {
  it("signature topic first; indexed values ≤ 32 bytes zero-padded, longer ones blake2-256 hashed", () => {
    for (const some of [true, false]) {
      const h = new Harness(wasm);
      const sig = blake2AsU8a("Sample(AccountId,Option<AccountId>,Balance)", 256);
      const account = acc(9);
      const amount = intLe(123456789n, 16);
      h.exports.emitSample(h.put(sig), h.put(account), some ? 1 : 0, h.put(amount));
      expect(h.events).toHaveLength(1);
      const optEnc = enc("Option<AccountId>", some ? registry.createType("AccountId", account) : null);
      const pad = (b: Uint8Array) => u8aConcat(b, new Uint8Array(32 - b.length));
      expect(h.events[0].topics).toEqual([
        sig,
        account,
        optEnc.length > 32 ? blake2AsU8a(optEnc, 256) : pad(optEnc),
        pad(amount),
      ]);
      expect(h.events[0].data).toEqual(u8aConcat(account, optEnc, amount));
    }
  });
});
