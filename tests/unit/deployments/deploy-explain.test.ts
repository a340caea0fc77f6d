// Reverts and dry-runs in words, decoded with the contract's own ABI (the example consumer).
import { readFileSync } from "node:fs";
import { Abi } from "@polkadot/api-contract";
import { describe, expect, it } from "vitest";
import { explainRevert } from "@/lib/deployments/contract-abi";
import { explainDryRun } from "@/lib/deployments/explain-dry-run";

const abi = new Abi(JSON.parse(readFileSync("bricks/_examples/consumer/dist/consumer.contract", "utf8")));
const message = (label: string) => ({ kind: "message" as const, label });
const gas = { refTime: 1n, proofSize: 1n };

describe("explainRevert", () => {
  it("names the contract's error variant and its documentation", () => {
    expect(explainRevert(abi, message("set_feed"), "0x000100")).toBe(
      "The contract refused: NotOwner — Only the owner may do this.",
    );
    expect(explainRevert(abi, message("on_price"), "0x000101")).toMatch(
      /^The contract refused: NotFeed — Only the registered feed may push prices/,
    );
  });

  it("says when the contract could not read its input (ink! LangError)", () => {
    expect(explainRevert(abi, message("set_feed"), "0x0101")).toMatch(
      /could not read the values it was given \(LangError: CouldNotReadInput\)/,
    );
  });

  it("falls back to the raw output when it cannot be decoded", () => {
    expect(explainRevert(abi, message("set_feed"), "0xdeadbeefdeadbeef")).toMatch(/reverted with/);
  });
});

describe("explainDryRun", () => {
  const codec = {
    explainRevert: (call: Parameters<typeof explainRevert>[1], data: string) => explainRevert(abi, call, data),
  };
  it("passes a successful dry-run, explains a chain error and a revert", () => {
    expect(
      explainDryRun(codec, message("set_feed"), {
        ok: true,
        reverted: false,
        data: "0x0000",
        gas,
        deposit: 0n,
        debug: "",
      }),
    ).toEqual({ ok: true });
    expect(
      explainDryRun(codec, message("set_feed"), {
        ok: false,
        error: { code: "contracts.OutOfGas", message: "Out of gas." },
        gas,
        deposit: 0n,
        debug: "panicked",
      }),
    ).toEqual({
      ok: false,
      code: "contracts.OutOfGas",
      message: 'Out of gas. The contract\'s debug output: "panicked".',
    });
    expect(
      explainDryRun(codec, message("set_feed"), {
        ok: true,
        reverted: true,
        data: "0x000100",
        gas,
        deposit: 0n,
        debug: "",
      }),
    ).toMatchObject({ ok: false, code: "ContractReverted", message: expect.stringContaining("NotOwner") });
  });
});
