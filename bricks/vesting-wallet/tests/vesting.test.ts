// vesting-wallet on the real dev chain (pallet-contracts in chopsticks): deploy through
// @polkadot/api-contract with dry-run gas, every message, every failure path, the link check with
// the example consumer as beneficiary. Time: each block adds one slot to the timestamp and a dry-run
// sees the head's; schedules are set in slots around the head's time (starts in the past included),
// and a release's amount is checked against the timestamp of the block that included it.
import path from "node:path";
import type { ApiPromise } from "@polkadot/api";
import { Keyring } from "@polkadot/keyring";
import type { KeyringPair } from "@polkadot/keyring/types";
import { sendAndWait } from "@/tests/support/chain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  closeBrickChain,
  freeBalance,
  headTimestamp,
  openBrickChain,
  remarkBlock,
} from "../../_kit/tests/support/brick-chain";
import { deploy, prim, query, rawCall, send, type Deployed } from "../../_kit/tests/support/chain";

const DAY = 86_400_000n;
let alice: KeyringPair, dave: KeyringPair, eve: KeyringPair;
let api: ApiPromise;
let bundle: Record<string, unknown>;
let out: string | undefined;
let consumer: Deployed;
let ED: bigint, SLOT: bigint;

const ok = (value: unknown = null) => ({ ok: value });
const err = (name: string) => ({ ok: { err: name } });
const fresh = () => new Keyring({ type: "sr25519" }).addFromUri(`//vesting/${Math.random()}`).address;
const freeOf = (who: string) => freeBalance(api, who);
/** The head's timestamp: what dry-runs see; right after a send (tests run one at a time), its block's. */
const headTime = () => headTimestamp(api);
const nextBlock = async () => expect(await remarkBlock(api, eve)).toBeUndefined();
const ask = async (w: Deployed, message: string, ...args: unknown[]) =>
  (await query(w.contract, dave.address, message, args)).output;
const wallet = (beneficiary: string, start: bigint, cliff: bigint, duration: bigint, value = 0n) =>
  deploy(api, bundle, alice, "new", [beneficiary, start, cliff, duration], { value });

beforeAll(async () => {
  const c = await openBrickChain(path.resolve(import.meta.dirname, ".."), "vesting-chain-");
  ({ out, bundle, api, ED, consumer, slot: SLOT } = c);
  ({ alice, dave, eve } = c.accounts);
});
afterAll(() => closeBrickChain(out));

describe("vesting-wallet on the dev chain", () => {
  let w1: Deployed;
  let created: bigint;

  it("deploys for the linked consumer starting now; the link check (beneficiary() == linked) holds", async () => {
    w1 = await wallet(consumer.address, 0n, 10n * DAY, 100n * DAY);
    created = await headTime();
    expect(w1.events).toEqual([]);
    expect(await ask(w1, "beneficiary")).toEqual(ok(consumer.address));
    expect(await ask(w1, "start")).toEqual(ok(prim(created)));
    expect(await ask(w1, "cliff")).toEqual(ok(prim(10n * DAY)));
    expect(await ask(w1, "duration")).toEqual(ok(prim(100n * DAY)));
    expect(await ask(w1, "released")).toEqual(ok(0));
    expect(await ask(w1, "releasable")).toEqual(ok(0));
  });

  it("the constructor refuses a cliff longer than the duration and a schedule past the end of time", async () => {
    await expect(wallet(fresh(), 0n, DAY + 1n, DAY)).rejects.toThrow(/constructor reverted: 0x000100/);
    await expect(wallet(fresh(), (1n << 64n) - DAY, 0n, DAY)).rejects.toThrow(/constructor reverted: 0x000101/);
  });

  it("fund takes value (Funded); plain transfers join the schedule; nothing vests before the cliff", async () => {
    const r = await send(w1.contract, dave, "fund", [], { value: 1000n * ED });
    expect(r.events).toEqual([{ name: "Funded", args: { from: dave.address, amount: prim(1000n * ED) } }]);
    expect(await ask(w1, "vested_amount", created + 10n * DAY - 1n)).toEqual(ok(0));
    expect(await ask(w1, "vested_amount", created + 10n * DAY)).toEqual(ok(prim(100n * ED)));
    expect(await ask(w1, "vested_amount", created + 100n * DAY)).toEqual(ok(prim(1000n * ED)));
    const { error } = await sendAndWait(api.tx.balances.transferKeepAlive(w1.address, 1000n * ED), dave);
    expect(error).toBeUndefined();
    expect(await ask(w1, "vested_amount", created + 100n * DAY)).toEqual(ok(prim(2000n * ED)));
    expect(await ask(w1, "vested_amount", created + 55n * DAY)).toEqual(ok(prim(1100n * ED)));
    const early = await query(w1.contract, dave.address, "release");
    expect([early.output, early.reverted]).toEqual([err("NothingToRelease"), true]);
    await expect(send(w1.contract, dave, "release")).rejects.toThrow(/ContractReverted/);
  });

  it("release pays the linearly vested part at the block's time, triggered by anyone", async () => {
    const beneficiary = fresh();
    const total = 1000n * ED;
    const start = (await headTime()) - 50n * SLOT; // started in the past: about half vested when released
    const duration = 100n * SLOT;
    const w = await wallet(beneficiary, start, 10n * SLOT, duration, total);
    expect(w.events).toEqual([{ name: "Funded", args: { from: alice.address, amount: prim(total) } }]);
    const vestedAt = (t: bigint) => (total * (t - start)) / duration;
    const r = await send(w.contract, dave, "release");
    const paid = vestedAt(await headTime());
    expect(paid).toBeGreaterThan(0n);
    expect(paid).toBeLessThan(total);
    expect(r.events).toEqual([{ name: "Released", args: { beneficiary, amount: prim(paid) } }]);
    expect(await freeOf(beneficiary)).toBe(paid);
    expect(await ask(w, "released")).toEqual(ok(prim(paid)));
    expect(await ask(w, "releasable")).toEqual(ok(0));
    // Released is added back for the computation, so the schedule is unchanged by the payout.
    expect(await ask(w, "vested_amount", start + duration)).toEqual(ok(prim(total)));
    await nextBlock();
    expect(await ask(w, "releasable")).toEqual(ok(prim(vestedAt(await headTime()) - paid)));
  });

  it("after the end everything is releasable at once; then NothingToRelease", async () => {
    const beneficiary = fresh();
    const w = await wallet(beneficiary, (await headTime()) - 10n * DAY, 0n, DAY, 500n * ED);
    const r = await send(w.contract, alice, "release");
    expect(r.dry.output).toEqual(ok(ok(prim(500n * ED))));
    expect(await freeOf(beneficiary)).toBe(500n * ED);
    expect((await query(w.contract, alice.address, "release")).output).toEqual(err("NothingToRelease"));
  });

  it("a payout the chain refuses (below the existential deposit to a new account) fails with TransferFailed", async () => {
    const w = await wallet(fresh(), (await headTime()) - DAY, 0n, DAY, ED / 2n);
    expect((await query(w.contract, dave.address, "release")).output).toEqual(err("TransferFailed"));
    await expect(send(w.contract, dave, "release")).rejects.toThrow(/ContractReverted/);
    expect(await ask(w, "released")).toEqual(ok(0));
  });

  it("refuses value on non-payable messages (traps) and answers unknown selectors with LangError", async () => {
    await expect(query(w1.contract, dave.address, "release", [], { value: 1n })).rejects.toThrow(/ContractTrapped/);
    await expect(query(w1.contract, dave.address, "releasable", [], { value: 1n })).rejects.toThrow(/ContractTrapped/);
    expect(await rawCall(api, dave.address, w1.address, "0xdeadbeef")).toMatchObject({ flags: 1, data: "0x0101" });
  });
});
