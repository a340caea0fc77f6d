// Payment-splitter logic in Node against the kit's mock host (fast; ../splitter.test.ts on the dev
// chain is the reference). Inputs are encoded and outputs decoded through api-contract's Abi.
import path from "node:path";
import { u8aToHex } from "@polkadot/util";
import { describe, expect, it } from "vitest";
import { mockBrick } from "../../../_kit/tests/support/mock-brick";
import { account, MockContract } from "../../../_kit/tests/support/mock-host";

const [alice, bob, carol, dave] = [1, 2, 3, 4].map(account);
const brick = mockBrick(path.resolve(import.meta.dirname, "../.."), "splitter-unit-");
let splitter: MockContract;

const { msg, result } = brick;
const query = (label: string, ...args: unknown[]) =>
  (result(label, splitter.call(msg(label, ...args), { caller: alice })) as { ok: unknown }).ok;
const send = (from: Uint8Array, label: string, args: unknown[] = [], value = 0n) =>
  splitter.call(msg(label, ...args), { caller: from, value });
const ss58 = (a: Uint8Array) => brick.abi.registry.createType("AccountId", a).toString();

function deploy(payees: Uint8Array[], shares: number[]) {
  splitter = new MockContract(brick.wasm);
  return brick.ctorResult("new", splitter.deploy(brick.ctor("new", payees, shares), { caller: alice }));
}

describe("payment-splitter (mock host)", () => {
  it("constructor stores payees and shares", () => {
    expect(deploy([bob, carol], [7000, 3000])).toEqual({ ok: { ok: null } });
    expect(query("payees")).toEqual([ss58(bob), ss58(carol)]);
    expect([query("shares", bob), query("shares", carol), query("shares", dave)]).toEqual([7000, 3000, 0]);
    expect([query("is_payee", bob), query("is_payee", dave)]).toEqual([true, false]);
    expect([query("total_received"), query("total_released"), query("releasable", bob)]).toEqual([0, 0, 0]);
  });

  it("constructor refuses bad payee lists", () => {
    const refused = (payees: Uint8Array[], shares: number[]) =>
      (deploy(payees, shares) as { ok: { err: string } }).ok.err;
    expect(refused([], [])).toBe("NoPayees");
    expect(refused([bob, carol], [10000])).toBe("LengthMismatch");
    expect(refused([bob, carol], [10000, 0])).toBe("ZeroShare");
    expect(refused([bob, bob], [5000, 5000])).toBe("DuplicatePayee");
    expect(refused([bob, carol], [5000, 4999])).toBe("SharesMustSumTo100");
    expect(refused([bob, carol], [6000, 5000])).toBe("SharesMustSumTo100");
    const many = Array.from({ length: 65 }, (_, i) => account(i + 10));
    expect(
      refused(
        many,
        many.map(() => 1),
      ),
    ).toBe("TooManyPayees");
    const max = many.slice(0, 64);
    expect(deploy(max, [...max.slice(1).map(() => 150), 10000 - 63 * 150])).toEqual({ ok: { ok: null } });
    expect((query("payees") as string[]).length).toBe(64);
  });

  it("receive accepts value and emits PaymentReceived; release pays each share once", () => {
    deploy([bob, carol], [7000, 3000]);
    const r = send(dave, "receive", [], 1000n);
    expect(r.flags).toBe(0);
    expect(r.events).toHaveLength(1);
    splitter.balance += 1000n; // a plain transfer: no code runs, the balance just grows
    expect([query("total_received"), query("releasable", bob), query("releasable", carol)]).toEqual([2000, 1400, 600]);
    const paid = send(dave, "release", [bob]);
    expect(result("release", paid)).toEqual({ ok: { ok: 1400 } });
    expect(paid.events).toHaveLength(1);
    expect(splitter.balance).toBe(600n);
    expect([query("released", bob), query("total_released"), query("releasable", bob)]).toEqual([1400, 1400, 0]);
    // The total received is unchanged by payouts, so carol's due is too.
    expect([query("total_received"), query("releasable", carol)]).toEqual([2000, 600]);
    expect(result("release", send(bob, "release", [bob]))).toEqual({ ok: { err: "NothingToRelease" } });
    expect(result("release", send(bob, "release", [dave]))).toEqual({ ok: { err: "NotPayee" } });
    splitter.balance += 10n;
    expect([query("releasable", bob), query("releasable", carol)]).toEqual([7, 603]);
  });

  it("rounds down and handles amounts near 2^128 without overflow", () => {
    deploy([bob, carol, dave], [3333, 3333, 3334]);
    splitter.balance = (1n << 128n) - 1n;
    const total = (1n << 128n) - 1n;
    const expected = (total * 3333n) / 10000n;
    expect(BigInt(query("releasable", bob) as string)).toBe(expected);
    expect(BigInt(query("releasable", dave) as string)).toBe((total * 3334n) / 10000n);
  });

  it("only receive is payable; unknown selectors answer LangError", () => {
    deploy([bob], [10000]);
    expect(send(alice, "releasable", [bob], 1n).trap).toMatch(/unreachable/);
    expect(send(alice, "release", [bob], 1n).trap).toMatch(/unreachable/);
    const unknown = splitter.call(Uint8Array.of(0xde, 0xad, 0xbe, 0xef), { caller: alice });
    expect([unknown.flags, u8aToHex(unknown.data)]).toEqual([1, "0x0101"]);
    const ctor = new MockContract(brick.wasm).deploy(Uint8Array.of(1, 2, 3, 4), { caller: alice });
    expect([ctor.flags, u8aToHex(ctor.data)]).toEqual([1, "0x0101"]);
  });
});
