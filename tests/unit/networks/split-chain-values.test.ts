import { describe, expect, it } from "vitest";
import { splitChainValues } from "@/app/_components/networks/split-chain-values";

const ALICE = "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY";
const TX = `0x${"ab".repeat(32)}`;
const CODE = `0x${"cd".repeat(32)}`;
const H160 = `0x${"12".repeat(20)}`;

describe("splitChainValues", () => {
  it("finds SS58 addresses, H160 addresses, transaction and code hashes inside a sentence", () => {
    expect(splitChainValues(`Deploy was signed by ${ALICE} and sent (${TX}).`)).toEqual([
      { text: "Deploy was signed by " },
      { value: ALICE, kind: "account" },
      { text: " and sent (" },
      { value: TX, kind: "tx" },
      { text: ")." },
    ]);
    expect(
      splitChainValues(`Instance created at ${H160}. Its code hash ${CODE} does NOT match the published ${CODE}.`),
    ).toEqual([
      { text: "Instance created at " },
      { value: H160, kind: "account" },
      { text: ". Its code hash " },
      { value: CODE, kind: "code" },
      { text: " does NOT match the published " },
      { value: CODE, kind: "code" },
      { text: "." },
    ]);
  });

  it("leaves text without values, long words that are not addresses and too-long hex alone", () => {
    expect(splitChainValues("Block #12 is final.")).toEqual([{ text: "Block #12 is final." }]);
    const word = "A".repeat(47);
    expect(splitChainValues(`${word} and 0x${"ab".repeat(33)}`)).toEqual([
      { text: `${word} and 0x${"ab".repeat(33)}` },
    ]);
    expect(splitChainValues(`${ALICE.slice(0, -1)}Z`)).toEqual([{ text: `${ALICE.slice(0, -1)}Z` }]);
  });
});
