// Fungible-token logic in Node against the kit's mock host (fast; the chain tests in ../token.test.ts
// are the reference). Inputs are encoded and outputs decoded through api-contract's Abi.
import path from "node:path";
import { u8aConcat, u8aToHex } from "@polkadot/util";
import { blake2AsU8a } from "@polkadot/util-crypto";
import { beforeEach, describe, expect, it } from "vitest";
import { mockBrick } from "../../../_kit/tests/support/mock-brick";
import { account, MockContract } from "../../../_kit/tests/support/mock-host";

const alice = account(1),
  bob = account(2),
  carol = account(3);
const brick = mockBrick(path.resolve(import.meta.dirname, "../.."), "token-unit-");
let token: MockContract;

const { msg, result } = brick;
const query = (label: string, ...args: unknown[]) =>
  result(label, token.call(msg(label, ...args), { caller: alice })).ok;
const send = (from: Uint8Array, label: string, ...args: unknown[]) => token.call(msg(label, ...args), { caller: from });

function deploy(mintable: boolean, supply = 1000n) {
  token = new MockContract(brick.wasm);
  const input = brick.ctor("new", "Brick", "BRK", 12, supply, mintable, alice);
  return token.deploy(input, { caller: alice });
}

describe("fungible-token (mock host)", () => {
  beforeEach(() => {
    expect(deploy(true).flags).toBe(0);
  });

  it("constructor: metadata, supply to owner, a mint Transfer event", () => {
    const r = deploy(false, 500n);
    expect(r.data).toEqual(Uint8Array.of(0));
    expect(r.events).toHaveLength(1);
    expect(r.events[0].topics[0]).toEqual(blake2AsU8a("Transfer(Option<AccountId>,Option<AccountId>,Balance)", 256));
    expect(r.events[0].topics[1]).toEqual(new Uint8Array(32)); // None, zero-padded
    expect(r.events[0].topics[2]).toEqual(blake2AsU8a(u8aConcat([1], alice), 256));
    expect([query("token_name"), query("token_symbol"), query("token_decimals"), query("mintable")]).toEqual([
      "Brick",
      "BRK",
      12,
      false,
    ]);
    expect(query("owner")).toBe(brick.abi.registry.createType("AccountId", alice).toString());
    expect(query("total_supply")).toBe(500);
    expect(query("balance_of", alice)).toBe(500);
  });

  it("transfer moves tokens and emits Transfer; too much → InsufficientBalance, reverted", () => {
    const ok = send(alice, "transfer", bob, 300n);
    expect(result("transfer", ok)).toEqual({ ok: { ok: null } });
    expect(ok.events).toHaveLength(1);
    expect([query("balance_of", alice), query("balance_of", bob)]).toEqual([700, 300]);
    const bad = send(bob, "transfer", carol, 301n);
    expect(bad.reverted).toBe(true);
    expect(result("transfer", bad)).toEqual({ ok: { err: "InsufficientBalance" } });
    expect(query("balance_of", bob)).toBe(300);
  });

  it("self-transfer keeps the balance", () => {
    send(alice, "transfer", alice, 400n);
    expect(query("balance_of", alice)).toBe(1000);
  });

  it("approve + transfer_from spends the allowance; without allowance → InsufficientAllowance", () => {
    expect(result("approve", send(alice, "approve", bob, 250n))).toEqual({ ok: { ok: null } });
    expect(query("allowance", alice, bob)).toBe(250);
    expect(result("transfer_from", send(bob, "transfer_from", alice, carol, 200n))).toEqual({ ok: { ok: null } });
    expect([query("allowance", alice, bob), query("balance_of", carol)]).toEqual([50, 200]);
    expect(result("transfer_from", send(bob, "transfer_from", alice, carol, 51n))).toEqual({
      ok: { err: "InsufficientAllowance" },
    });
    expect(result("transfer_from", send(carol, "transfer_from", alice, carol, 1n))).toEqual({
      ok: { err: "InsufficientAllowance" },
    });
    // Enough allowance but not enough balance.
    send(alice, "approve", bob, 10_000n);
    expect(result("transfer_from", send(bob, "transfer_from", alice, carol, 5_000n))).toEqual({
      ok: { err: "InsufficientBalance" },
    });
    expect(query("allowance", alice, bob)).toBe(10_000);
  });

  it("mint: owner only, only when mintable, no overflow", () => {
    expect(result("mint", send(bob, "mint", bob, 5n))).toEqual({ ok: { err: "NotOwner" } });
    expect(result("mint", send(alice, "mint", bob, 5n))).toEqual({ ok: { ok: null } });
    expect([query("total_supply"), query("balance_of", bob)]).toEqual([1005, 5]);
    expect(result("mint", send(alice, "mint", bob, (1n << 128n) - 1000n))).toEqual({ ok: { err: "Overflow" } });
    deploy(false);
    expect(result("mint", send(alice, "mint", bob, 5n))).toEqual({ ok: { err: "NotMintable" } });
  });

  it("unknown selector → LangError::CouldNotReadInput (0x0101) with the revert flag", () => {
    const r = token.call(Uint8Array.of(0xde, 0xad, 0xbe, 0xef), { caller: alice });
    expect([r.flags, u8aToHex(r.data)]).toEqual([1, "0x0101"]);
    const short = token.call(msg("transfer", bob, 1n).slice(0, 20), { caller: alice });
    expect([short.flags, u8aToHex(short.data)]).toEqual([1, "0x0101"]);
  });

  it("non-payable messages trap when value is sent", () => {
    expect(token.call(msg("total_supply"), { caller: alice, value: 1n }).trap).toMatch(/unreachable/);
  });
});
