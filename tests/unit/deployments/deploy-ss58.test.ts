// lib/chain/ss58.ts must say exactly what @polkadot/util-crypto's decodeAddress says: the same bytes
// for valid addresses of every prefix and key length, and a refusal for the same invalid ones.
import { u8aToHex } from "@polkadot/util";
import { cryptoWaitReady, decodeAddress, encodeAddress, randomAsU8a } from "@polkadot/util-crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { decodeSs58, ss58ToHex } from "@/lib/chain/ss58";

beforeAll(() => cryptoWaitReady());

const outcome = (f: () => Uint8Array) => {
  try {
    return u8aToHex(f());
  } catch {
    return "error";
  }
};

describe("decodeSs58", () => {
  it("decodes like util-crypto for random keys, every prefix size and key length", () => {
    for (const prefix of [0, 2, 42, 63, 64, 1337, 16383]) {
      for (const size of [1, 2, 4, 8, 32, 33]) {
        const address = encodeAddress(randomAsU8a(size), prefix);
        // Some combinations encode to lengths neither decoder accepts; they must agree on those too.
        expect(
          outcome(() => decodeSs58(address)),
          `${prefix}/${size}`,
        ).toBe(outcome(() => decodeAddress(address)));
      }
    }
  });

  it("refuses what util-crypto refuses, and accepts what it accepts", () => {
    const alice = "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY";
    const cases = [
      alice,
      alice.slice(0, -1) + "Z",
      alice.slice(1),
      "not-an-address",
      "0OIl",
      "",
      "0x1234",
      "1",
      `${alice}x`,
      "5Grw-not-an-address",
    ];
    for (const c of cases)
      expect(
        outcome(() => decodeSs58(c)),
        c,
      ).toBe(outcome(() => decodeAddress(c)));
    expect(outcome(() => decodeSs58(alice, false, 0))).toBe("error");
    expect(ss58ToHex(alice)).toBe(u8aToHex(decodeAddress(alice)));
  });
});
