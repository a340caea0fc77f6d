// Vesting-wallet logic in Node against the kit's mock host (fast; ../vesting.test.ts on the dev
// chain is the reference). The mock's clock is set per call, so the schedule is checked exactly.
import path from "node:path";
import { u8aToHex } from "@polkadot/util";
import { describe, expect, it } from "vitest";
import { mockBrick } from "../../../_kit/tests/support/mock-brick";
import { account, MockContract } from "../../../_kit/tests/support/mock-host";

const [alice, bene] = [1, 2].map(account);
const T0 = 1_700_000_000_000n;
const START = T0 + 1000n;
const CLIFF = 100n;
const DURATION = 1000n;
const brick = mockBrick(path.resolve(import.meta.dirname, "../.."), "vesting-unit-");
let wallet: MockContract;

const { msg, result } = brick;
const query = (label: string, args: unknown[] = [], now = T0) =>
  (result(label, wallet.call(msg(label, ...args), { caller: alice, now })) as { ok: unknown }).ok;
const release = (now: bigint) => result("release", wallet.call(msg("release"), { caller: alice, now }));
const vestedAt = (at: bigint) => query("vested_amount", [at]);

function deploy(start: bigint, cliff = CLIFF, duration = DURATION, value = 0n) {
  wallet = new MockContract(brick.wasm);
  const r = wallet.deploy(brick.ctor("new", bene, start, cliff, duration), { caller: alice, now: T0, value });
  return { reply: brick.ctorResult("new", r), events: r.events };
}

describe("vesting-wallet (mock host)", () => {
  it("constructor stores the schedule; start 0 means now; value sent funds it", () => {
    const d = deploy(START, CLIFF, DURATION, 1000n);
    expect(d.reply).toEqual({ ok: { ok: null } });
    expect(d.events).toHaveLength(1); // Funded
    expect(query("beneficiary")).toBe(brick.abi.registry.createType("AccountId", bene).toString());
    expect([query("start"), query("cliff"), query("duration"), query("released")]).toEqual([
      Number(START),
      100,
      1000,
      0,
    ]);
    expect(deploy(0n).events).toHaveLength(0); // nothing sent, no Funded event
    expect(query("start")).toBe(Number(T0));
  });

  it("constructor refuses a cliff longer than the duration and schedules past u64", () => {
    expect(deploy(START, 1001n, 1000n).reply).toEqual({ ok: { err: "CliffLongerThanDuration" } });
    expect(deploy((1n << 64n) - 10n, 0n, 9n).reply).toEqual({ ok: { ok: null } }); // ends at u64::MAX
    expect(deploy((1n << 64n) - 10n, 0n, 10n).reply).toEqual({ ok: { err: "ScheduleTooLong" } });
  });

  it("vests nothing before the cliff, linearly after it, everything at the end", () => {
    deploy(START, CLIFF, DURATION, 1000n);
    expect([vestedAt(T0), vestedAt(START), vestedAt(START + CLIFF - 1n)]).toEqual([0, 0, 0]);
    expect([vestedAt(START + CLIFF), vestedAt(START + 500n), vestedAt(START + 999n)]).toEqual([100, 500, 999]);
    expect([vestedAt(START + DURATION), vestedAt(START + 10n * DURATION)]).toEqual([1000, 1000]);
  });

  it("release pays what has vested, once; nothing before the cliff", () => {
    deploy(START, CLIFF, DURATION, 1000n);
    expect(release(START + CLIFF - 1n)).toEqual({ ok: { err: "NothingToRelease" } });
    expect(query("releasable", [], START + 250n)).toBe(250);
    const r = wallet.call(msg("release"), { caller: alice, now: START + 250n });
    expect(result("release", r)).toEqual({ ok: { ok: 250 } });
    expect([r.events.length, wallet.balance]).toEqual([1, 750n]);
    expect(release(START + 250n)).toEqual({ ok: { err: "NothingToRelease" } });
    // Vested is computed on balance + released, so earlier payouts do not shrink the schedule.
    expect([query("released"), vestedAt(START + 250n), vestedAt(START + 600n)]).toEqual([250, 250, 600]);
    // fund: the top-up vests on the same schedule, as if it had been there from the start.
    const f = wallet.call(msg("fund"), { caller: alice, value: 1000n, now: START + 600n });
    expect([f.flags, f.events.length]).toEqual([0, 1]);
    expect(query("releasable", [], START + 600n)).toBe(1200 - 250);
    expect(release(START + 2000n)).toEqual({ ok: { ok: 1750 } });
    expect([wallet.balance, query("released"), query("releasable", [], START + 3000n)]).toEqual([0n, 2000, 0]);
  });

  it("duration 0 vests everything at the start; amounts near 2^128 do not overflow", () => {
    deploy(START, 0n, 0n, 10n);
    expect([vestedAt(START - 1n), vestedAt(START)]).toEqual([0, 10]);
    deploy(START, 0n, 3n);
    wallet.balance = (1n << 128n) - 1n;
    expect(BigInt(vestedAt(START + 1n) as string)).toBe(((1n << 128n) - 1n) / 3n);
  });

  it("only the constructor and fund are payable; unknown selectors answer LangError", () => {
    deploy(START);
    expect(wallet.call(msg("release"), { caller: alice, value: 1n }).trap).toMatch(/unreachable/);
    expect(wallet.call(msg("released"), { caller: alice, value: 1n }).trap).toMatch(/unreachable/);
    const unknown = wallet.call(Uint8Array.of(0xde, 0xad, 0xbe, 0xef), { caller: alice });
    expect([unknown.flags, u8aToHex(unknown.data)]).toEqual([1, "0x0101"]);
  });
});
