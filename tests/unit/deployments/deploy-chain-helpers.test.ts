// Pure helpers of the deploy flow: the instance address pallet-contracts derives, token amounts in
// words, ink! conventions for calls on the user's own contract, the pool's refusals in words, and
// the deterministic salt.
import { cryptoWaitReady } from "@polkadot/util-crypto";
import { TypeRegistry } from "@polkadot/types";
import { hexToU8a, u8aToHex } from "@polkadot/util";
import { beforeAll, describe, expect, it } from "vitest";
import { predictContractAddress } from "@/lib/chain/contract-address";
import { explainChainError, explainPoolError } from "@/lib/chain/dispatch-error";
import { formatTokens } from "@/lib/chain/format-tokens";
import { deploymentSalt } from "@/lib/deployments/salt";
import { encodeUnknownArg, inkSelector, replyCarries, unknownCallData } from "@/lib/deployments/unknown-abi";

beforeAll(() => cryptoWaitReady());

describe("predictContractAddress", () => {
  it("gives the address the dev chain's Instantiated event named (consumer contract, //Alice, salt 0xab…)", () => {
    const address = predictContractAddress({
      deployer: "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY",
      codeHash: "0xcbba491fc36967ca1a2eaf5a4a048d66d178e6ab06b36837f261fc5c3babba04",
      inputData: "0x9bae9d5e",
      salt: `0x${"ab".repeat(32)}`,
    });
    expect(address).toBe("5D7csKNioyabExFvnmjfu3mk3td6sewLC2PUiBAECkP7UkoS");
  });

  it("changes with the salt, so each deploy attempt has its own address", () => {
    const base = {
      deployer: "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY",
      codeHash: `0x${"11".repeat(32)}`,
      inputData: "0x9bae9d5e" as const,
    };
    expect(predictContractAddress({ ...base, salt: deploymentSalt("key-aaaaaaaaaaaaaaaa") })).not.toBe(
      predictContractAddress({ ...base, salt: deploymentSalt("key-bbbbbbbbbbbbbbbb") }),
    );
  });
});

describe("deploymentSalt", () => {
  it("is the same for the same idempotency key and 32 bytes long", () => {
    expect(deploymentSalt("abcdefghijklmnop")).toBe(deploymentSalt("abcdefghijklmnop"));
    expect(hexToU8a(deploymentSalt("abcdefghijklmnop"))).toHaveLength(32);
  });
});

describe("formatTokens", () => {
  it.each([
    [4_183_400_000n, 10, "0.4183 PAS"],
    [10n ** 13n * 1234n, 10, "1,234,000 PAS"],
    [1n, 10, "< 0.0001 PAS"],
    [0n, 10, "0 PAS"],
    [15n, 1, "1.5 PAS"],
    [5n, 0, "5 PAS"],
  ])("%s planck with %i decimals is %s", (planck, decimals, text) => {
    expect(formatTokens(planck, decimals, "PAS")).toBe(text);
  });
});

describe("calls on the user's own contract (ink! conventions)", () => {
  const registry = new TypeRegistry();
  const alice = "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY";

  it("uses blake2-256 of the label as the selector (as the consumer's ABI says)", () => {
    expect(u8aToHex(inkSelector("set_feed"))).toBe("0xe8b2eae6");
    expect(u8aToHex(inkSelector("on_price"))).toBe("0x2d889509");
  });

  it("encodes accounts, yes/no, amounts and text by what their source means", () => {
    const config = {
      type: "object" as const,
      properties: { amount: { type: "string" as const, format: "token-amount" }, on: { type: "boolean" as const } },
    };
    expect(encodeUnknownArg(registry, { kind: "instance" }, alice, config)).toHaveLength(32);
    expect(u8aToHex(encodeUnknownArg(registry, { kind: "field", field: "on" }, true, config))).toBe("0x01");
    expect(encodeUnknownArg(registry, { kind: "field", field: "amount" }, "1000", config)).toHaveLength(16);
    const data = unknownCallData(registry, "set_feed", [{ source: { kind: "instance" }, value: alice }], config);
    expect(u8aToHex(data.subarray(0, 4))).toBe("0xe8b2eae6");
    expect(data).toHaveLength(36);
  });

  it("finds the expected value in a reply, plain, as Some(…) or as Ok(…), and nothing else", () => {
    const account = registry.createType("AccountId", alice).toU8a();
    const hex = (...parts: number[][]) => u8aToHex(new Uint8Array(parts.flat()));
    expect(replyCarries(hex([0], [...account]), account)).toBe(true);
    expect(replyCarries(hex([0, 1], [...account]), account)).toBe(true);
    expect(replyCarries(hex([0, 0], [...account]), account)).toBe(true);
    expect(replyCarries(hex([0, 0]), account)).toBe(false); // Ok(None): no feed set
    expect(replyCarries("0x0101", account)).toBe(false); // LangError
  });
});

describe("errors in words", () => {
  it("names the pallet error and says what it means", () => {
    expect(explainChainError("contracts.StorageDepositNotEnoughFunds").message).toMatch(
      /not have enough free balance to pay the storage deposit/,
    );
    expect(explainChainError("contracts.OutOfGas").message).toMatch(/ran out of gas/);
    expect(explainChainError("contracts.CodeRejected").message).toMatch(/refused the contract's code/);
    expect(explainChainError("foo.Bar", ["Some docs."]).message).toBe("Some docs. (foo.Bar)");
  });

  it("turns the pool's refusals into sentences", () => {
    expect(
      explainPoolError("1010: Invalid Transaction: Inability to pay some fees (e.g. account balance too low)"),
    ).toMatch(/cannot pay the transaction fee/);
    expect(explainPoolError("1010: Invalid Transaction: Transaction is outdated")).toMatch(/out of date/);
    expect(explainPoolError("1010: Invalid Transaction: Transaction has a bad signature")).toMatch(
      /signature does not match/,
    );
    expect(explainPoolError("1012: Transaction is temporarily banned")).toMatch(/already has this transaction/);
  });
});
