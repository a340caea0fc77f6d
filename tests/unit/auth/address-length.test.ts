// A huge "address" is refused at once: base58 decoding is quadratic, and the fuzz suite found a
// 300,000-character value that held the event loop for minutes.
import { describe, expect, it } from "vitest";
import { isSs58Address } from "@/lib/auth/address";

describe("isSs58Address", () => {
  it("refuses an overlong value without decoding it", () => {
    const t0 = performance.now();
    expect(isSs58Address("5".repeat(300_000))).toBe(false);
    expect(performance.now() - t0).toBeLessThan(100);
    expect(isSs58Address("5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY")).toBe(true);
  });
});
