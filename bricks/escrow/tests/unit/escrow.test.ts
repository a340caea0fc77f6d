// Escrow logic in Node against the kit's mock host (fast; ../escrow.test.ts on the dev chain is the
// reference). The mock's clock is set per call (`now`), so deadlines are exact here.
import path from "node:path";
import { u8aToHex } from "@polkadot/util";
import { describe, expect, it } from "vitest";
import { mockBrick } from "../../../_kit/tests/support/mock-brick";
import { account, MockContract } from "../../../_kit/tests/support/mock-host";

const [buyer, seller, arbiter, stranger] = [1, 2, 3, 4].map(account);
const T0 = 1_700_000_000_000n;
const DAY = 86_400_000n;
const AMOUNT = 500n;
const brick = mockBrick(path.resolve(import.meta.dirname, "../.."), "escrow-unit-");
let escrow: MockContract;

const { msg, result } = brick;
const query = (label: string) =>
  (result(label, escrow.call(msg(label), { caller: stranger, now: T0 })) as { ok: unknown }).ok;
/** Sends `label` and returns its Result: null for Ok(()), else the error name. */
function act(from: Uint8Array, label: string, opts: { value?: bigint; now?: bigint; args?: unknown[] } = {}) {
  const r = escrow.call(msg(label, ...(opts.args ?? [])), { caller: from, value: opts.value, now: opts.now ?? T0 });
  const v = result(label, r) as { ok: { ok?: null; err?: string } };
  return v.ok.err ?? null;
}
function deploy(amount = AMOUNT, deadlineAfter = DAY) {
  escrow = new MockContract(brick.wasm);
  const input = brick.ctor("new", buyer, seller, arbiter, amount, deadlineAfter);
  return brick.ctorResult("new", escrow.deploy(input, { caller: seller, now: T0 }));
}
const funded = () => {
  deploy();
  expect(act(buyer, "deposit", { value: AMOUNT })).toBeNull();
};

describe("escrow (mock host)", () => {
  it("constructor stores the deal; a zero amount is refused", () => {
    expect(deploy()).toEqual({ ok: { ok: null } });
    const ss58 = (a: Uint8Array) => brick.abi.registry.createType("AccountId", a).toString();
    expect([query("buyer"), query("seller"), query("arbiter")]).toEqual([ss58(buyer), ss58(seller), ss58(arbiter)]);
    expect([query("amount"), query("deadline"), query("status")]).toEqual([500, Number(T0 + DAY), "AwaitingDeposit"]);
    expect(deploy(0n)).toEqual({ ok: { err: "ZeroAmount" } });
    // A deadline past the end of time saturates instead of wrapping around.
    deploy(AMOUNT, (1n << 64n) - 1n);
    expect(BigInt(query("deadline") as number)).toBe((1n << 64n) - 1n);
  });

  it("deposit: buyer only, exact amount, once, before the deadline", () => {
    deploy();
    expect(act(stranger, "deposit", { value: AMOUNT })).toBe("NotBuyer");
    expect(act(buyer, "deposit", { value: AMOUNT - 1n })).toBe("WrongAmount");
    expect(act(buyer, "deposit", { value: AMOUNT + 1n })).toBe("WrongAmount");
    expect(act(buyer, "deposit", { value: AMOUNT, now: T0 + DAY })).toBe("DeadlinePassed");
    expect(escrow.balance).toBe(0n); // refused deposits are not kept
    const ok = escrow.call(msg("deposit"), { caller: buyer, value: AMOUNT, now: T0 });
    expect([ok.flags, ok.events.length, escrow.balance]).toEqual([0, 1, AMOUNT]);
    expect(query("status")).toBe("Funded");
    expect(act(buyer, "deposit", { value: AMOUNT })).toBe("AlreadyFunded");
  });

  it("release: buyer or arbiter pays the seller; then everything is settled", () => {
    deploy();
    expect(act(buyer, "release")).toBe("NotFunded");
    expect(act(buyer, "dispute")).toBe("NotFunded");
    expect(act(seller, "refund")).toBe("NotFunded");
    funded();
    expect(act(seller, "release")).toBe("NotBuyerOrArbiter");
    expect(act(stranger, "release")).toBe("NotBuyerOrArbiter");
    const r = escrow.call(msg("release"), { caller: arbiter, now: T0 });
    expect([r.flags, r.events.length, escrow.balance]).toEqual([0, 1, 0n]);
    expect(query("status")).toBe("Released");
    expect(act(buyer, "release")).toBe("AlreadySettled");
    expect(act(seller, "refund")).toBe("AlreadySettled");
    expect(act(buyer, "dispute")).toBe("AlreadySettled");
    expect(act(buyer, "deposit", { value: AMOUNT })).toBe("AlreadySettled");
    funded();
    expect(act(buyer, "release")).toBeNull();
  });

  it("refund: seller or arbiter any time, anyone after the deadline, never the buyer early", () => {
    funded();
    expect(act(buyer, "refund")).toBe("DeadlineNotReached");
    expect(act(stranger, "refund", { now: T0 + DAY - 1n })).toBe("DeadlineNotReached");
    expect(act(seller, "refund")).toBeNull();
    expect(query("status")).toBe("Refunded");
    funded();
    expect(act(arbiter, "refund")).toBeNull();
    funded();
    expect(act(stranger, "refund", { now: T0 + DAY })).toBeNull();
    expect(escrow.balance).toBe(0n);
  });

  it("dispute freezes release and refund until the arbiter resolves it", () => {
    funded();
    expect(act(stranger, "dispute")).toBe("NotBuyerOrSeller");
    expect(act(arbiter, "dispute")).toBe("NotBuyerOrSeller");
    expect(act(seller, "dispute", { now: T0 + DAY })).toBe("DeadlinePassed");
    expect(act(arbiter, "resolve", { args: [true] })).toBe("NotDisputed");
    const d = escrow.call(msg("dispute"), { caller: seller, now: T0 });
    expect([d.flags, d.events.length]).toEqual([0, 1]);
    expect(query("status")).toBe("Disputed");
    expect(act(buyer, "dispute")).toBe("InDispute");
    expect(act(buyer, "release")).toBe("InDispute");
    expect(act(arbiter, "release")).toBe("InDispute");
    expect(act(seller, "refund")).toBe("InDispute");
    expect(act(stranger, "refund", { now: T0 + 2n * DAY })).toBe("InDispute");
    expect(act(buyer, "deposit", { value: AMOUNT })).toBe("AlreadyFunded");
    expect(act(buyer, "resolve", { args: [false] })).toBe("NotArbiter");
    expect(act(arbiter, "resolve", { args: [false] })).toBeNull();
    expect([query("status"), escrow.balance]).toEqual(["Refunded", 0n]);
    expect(act(arbiter, "resolve", { args: [true] })).toBe("NotDisputed");
    funded();
    expect(act(buyer, "dispute")).toBeNull();
    expect(act(arbiter, "resolve", { args: [true] })).toBeNull();
    expect(query("status")).toBe("Released");
  });

  it("only deposit is payable; unknown selectors answer LangError", () => {
    funded();
    expect(escrow.call(msg("release"), { caller: buyer, value: 1n, now: T0 }).trap).toMatch(/unreachable/);
    expect(escrow.call(msg("status"), { caller: buyer, value: 1n, now: T0 }).trap).toMatch(/unreachable/);
    const unknown = escrow.call(Uint8Array.of(0xde, 0xad, 0xbe, 0xef), { caller: buyer });
    expect([unknown.flags, u8aToHex(unknown.data)]).toEqual([1, "0x0101"]);
  });
});
