// U128 (bricks/_kit/assembly/u128.ts) compiled to wasm and checked against BigInt.
import { beforeAll, describe, expect, it } from "vitest";
import { compileHarness, Harness } from "../support/harness";

const MAX = (1n << 128n) - 1n;
const le = (v: bigint) => Uint8Array.from({ length: 16 }, (_, i) => Number((v >> BigInt(8 * i)) & 0xffn));
const fromLe = (b: Uint8Array) => b.reduceRight((acc, x) => (acc << 8n) | BigInt(x), 0n);

let wasm: Uint8Array;
beforeAll(async () => {
  wasm = await compileHarness();
}, 120_000);

/** Deterministic pseudo-random u128 values of mixed magnitudes. */
function samples(n: number): bigint[] {
  let s = 0x9e3779b97f4a7c15n;
  const next = () => (s = (s * 6364136223846793005n + 1442695040888963407n) & ((1n << 64n) - 1n));
  const fixed = [
    0n,
    1n,
    2n,
    10n,
    (1n << 32n) - 1n,
    1n << 32n,
    (1n << 64n) - 1n,
    1n << 64n,
    (1n << 64n) + 1n,
    1n << 127n,
    MAX - 1n,
    MAX,
  ];
  const out = [...fixed];
  while (out.length < n) {
    const bits = [8n, 32n, 63n, 64n, 65n, 96n, 127n, 128n][Number(next() % 8n)];
    out.push(((next() << 64n) | next()) & ((1n << bits) - 1n));
  }
  return out;
}

function op(h: Harness, code: number, a: bigint, b: bigint): Uint8Array {
  return h.run("u128op", code, h.put(le(a)), h.put(le(b)));
}
const value = (r: Uint8Array): bigint | null => (r[0] === 1 ? fromLe(r.slice(1, 17)) : null);

describe("U128 arithmetic", () => {
  const xs = samples(40);
  const pairs = xs.flatMap((a, i) => xs.filter((_, j) => (i * 7 + j) % 3 === 0).map((b) => [a, b] as const));

  it("checked, wrapping and saturating add/sub/mul match BigInt", () => {
    for (const [a, b] of pairs) {
      // A fresh instance per pair: the stub runtime never frees, and memory is capped at 1 MiB.
      const h = new Harness(wasm);
      const sum = a + b,
        diff = a - b,
        prod = a * b;
      expect(value(op(h, 0, a, b)), `${a} + ${b}`).toBe(sum > MAX ? null : sum);
      expect(value(op(h, 1, a, b)), `${a} - ${b}`).toBe(diff < 0n ? null : diff);
      expect(value(op(h, 2, a, b)), `${a} * ${b}`).toBe(prod > MAX ? null : prod);
      expect(value(op(h, 3, a, b))).toBe(sum & MAX);
      expect(value(op(h, 4, a, b))).toBe(diff & MAX);
      expect(value(op(h, 5, a, b)), `wrapping ${a} * ${b}`).toBe(prod & MAX);
      expect(value(op(h, 8, a, b))).toBe(sum > MAX ? MAX : sum);
      expect(value(op(h, 9, a, b))).toBe(diff < 0n ? 0n : diff);
    }
  });

  it("division, remainder and comparison match BigInt", () => {
    for (const [a, b] of pairs) {
      const h = new Harness(wasm);
      const r = op(h, 6, a, b);
      if (b === 0n) {
        expect(r[0]).toBe(0);
      } else {
        expect(fromLe(r.slice(1, 17)), `${a} / ${b}`).toBe(a / b);
        expect(fromLe(r.slice(17, 33)), `${a} % ${b}`).toBe(a % b);
      }
      const c = new DataView(op(h, 7, a, b).buffer).getInt32(1, true);
      expect(c).toBe(a < b ? -1 : a === b ? 0 : 1);
    }
  });

  it("shifts", () => {
    const h = new Harness(wasm);
    for (const a of samples(12)) {
      for (const n of [0n, 1n, 31n, 63n, 64n, 65n, 100n, 127n]) {
        expect(value(op(h, 10, a, n))).toBe((a << n) & MAX);
        expect(value(op(h, 11, a, n))).toBe(a >> n);
      }
    }
  });

  it("operators trap on overflow, underflow and division by zero", () => {
    const trapping: [number, bigint, bigint][] = [
      [12, MAX, 1n],
      [13, 0n, 1n],
      [14, 1n << 64n, 1n << 64n],
      [15, 5n, 0n],
      [16, 5n, 0n],
    ];
    for (const [code, a, b] of trapping) {
      expect(() => op(new Harness(wasm), code, a, b), `op ${code}`).toThrow(/unreachable/);
    }
    const h = new Harness(wasm);
    expect(value(op(h, 12, MAX - 1n, 1n))).toBe(MAX);
    expect(value(op(h, 13, 10n, 3n))).toBe(7n);
    expect(value(op(h, 14, (1n << 64n) - 1n, (1n << 64n) + 1n))).toBe(MAX);
    expect(value(op(h, 15, MAX, 3n))).toBe(MAX / 3n);
    expect(value(op(h, 16, MAX, 1000n))).toBe(MAX % 1000n);
  });

  it("decimal toString and parse", () => {
    const h = new Harness(wasm);
    for (const a of samples(30)) {
      const r = op(h, 17, a, 0n);
      const len = new DataView(r.buffer).getUint32(1, true);
      expect(new TextDecoder().decode(r.slice(5, 5 + len))).toBe(a.toString());
      const text = new TextEncoder().encode(a.toString());
      expect(value(h.run("u128parse", h.put(text), text.length))).toBe(a);
    }
    for (const bad of ["", "12a", "-1", (MAX + 1n).toString()]) {
      const text = new TextEncoder().encode(bad);
      expect(h.run("u128parse", h.put(text), text.length)[0], bad).toBe(0);
    }
  });
});
