// escrow on the real dev chain (pallet-contracts in chopsticks): deploy through @polkadot/api-contract
// with dry-run gas, every message, every failure path, the link check with the example consumer as
// seller, exact payouts read from balances. Time: each block adds one slot to the timestamp and a
// dry-run sees the head's timestamp, so deadlines are set in slots and passed by building a block.
import path from "node:path";
import type { ApiPromise } from "@polkadot/api";
import { Keyring } from "@polkadot/keyring";
import type { KeyringPair } from "@polkadot/keyring/types";
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
let alice: KeyringPair, buyer: KeyringPair, arbiter: KeyringPair, stranger: KeyringPair, seller: KeyringPair;
let eve: KeyringPair;
let api: ApiPromise;
let bundle: Record<string, unknown>;
let out: string | undefined;
let consumer: Deployed;
let ED: bigint, A: bigint, SLOT: bigint;

const ok = (value: unknown = null) => ({ ok: value });
const okUnit = { ok: { ok: null } };
const err = (name: string) => ({ ok: { err: name } });
const freeOf = (who: string) => freeBalance(api, who);
const headTime = () => headTimestamp(api);
/** Builds one block (a remark), moving the chain's clock on by one slot. */
const nextBlock = async () => expect(await remarkBlock(api, eve)).toBeUndefined();
/** The Result of `message` dry-run as `who`. */
const ask = async (e: Deployed, who: KeyringPair, message: string, args: unknown[] = [], value?: bigint) =>
  (await query(e.contract, who.address, message, args, { value })).output;

async function escrow(sellerAddress: string, amount = A, deadlineAfter = DAY): Promise<Deployed> {
  return deploy(api, bundle, alice, "new", [buyer.address, sellerAddress, arbiter.address, amount, deadlineAfter]);
}
async function funded(sellerAddress: string, amount = A): Promise<Deployed> {
  const e = await escrow(sellerAddress, amount);
  expect((await send(e.contract, buyer, "deposit", [], { value: amount })).dry.output).toEqual(okUnit);
  return e;
}

beforeAll(async () => {
  const c = await openBrickChain(path.resolve(import.meta.dirname, ".."), "escrow-chain-");
  ({ out, bundle, api, ED, consumer, slot: SLOT } = c);
  ({ alice, bob: buyer, charlie: arbiter, dave: stranger, ferdie: seller, eve } = c.accounts);
  A = 1000n * ED;
});
afterAll(() => closeBrickChain(out));

describe("escrow on the dev chain", () => {
  let e1: Deployed;

  it("deploys with the linked consumer as seller; the link check (seller() == linked) holds", async () => {
    e1 = await escrow(consumer.address);
    const created = await headTime();
    expect(e1.events).toEqual([]);
    expect(await ask(e1, stranger, "seller")).toEqual(ok(consumer.address));
    expect(await ask(e1, stranger, "buyer")).toEqual(ok(buyer.address));
    expect(await ask(e1, stranger, "arbiter")).toEqual(ok(arbiter.address));
    expect(await ask(e1, stranger, "amount")).toEqual(ok(prim(A)));
    expect(await ask(e1, stranger, "deadline")).toEqual(ok(prim(created + DAY)));
    expect(await ask(e1, stranger, "status")).toEqual(ok("AwaitingDeposit"));
  });

  it("the constructor refuses a zero amount", async () => {
    await expect(escrow(seller.address, 0n)).rejects.toThrow(/constructor reverted: 0x000100/);
  });

  it("before the deposit, release, refund and dispute fail with NotFunded", async () => {
    expect(await ask(e1, buyer, "release")).toEqual(err("NotFunded"));
    expect(await ask(e1, arbiter, "refund")).toEqual(err("NotFunded"));
    expect(await ask(e1, buyer, "dispute")).toEqual(err("NotFunded"));
  });

  it("deposit: only the buyer, only the exact amount; then Deposited and Funded", async () => {
    expect(await ask(e1, stranger, "deposit", [], A)).toEqual(err("NotBuyer"));
    expect(await ask(e1, buyer, "deposit", [], A - 1n)).toEqual(err("WrongAmount"));
    expect(await ask(e1, buyer, "deposit", [], A + 1n)).toEqual(err("WrongAmount"));
    await expect(send(e1.contract, buyer, "deposit", [], { value: A + 1n })).rejects.toThrow(/ContractReverted/);
    const before = await freeOf(e1.address);
    const r = await send(e1.contract, buyer, "deposit", [], { value: A });
    expect(r.events).toEqual([{ name: "Deposited", args: { buyer: buyer.address, amount: prim(A) } }]);
    expect((await freeOf(e1.address)) - before).toBe(A);
    expect(await ask(e1, stranger, "status")).toEqual(ok("Funded"));
    expect(await ask(e1, buyer, "deposit", [], A)).toEqual(err("AlreadyFunded"));
  });

  it("while funded: strangers cannot release or dispute, the buyer cannot refund early", async () => {
    expect(await ask(e1, stranger, "release")).toEqual(err("NotBuyerOrArbiter"));
    expect(await ask(e1, stranger, "dispute")).toEqual(err("NotBuyerOrSeller"));
    expect(await ask(e1, arbiter, "dispute")).toEqual(err("NotBuyerOrSeller"));
    expect(await ask(e1, buyer, "refund")).toEqual(err("DeadlineNotReached"));
    expect(await ask(e1, stranger, "refund")).toEqual(err("DeadlineNotReached"));
    expect(await ask(e1, arbiter, "resolve", [true])).toEqual(err("NotDisputed"));
  });

  it("release by the buyer pays the linked contract; afterwards everything is AlreadySettled", async () => {
    const before = await freeOf(consumer.address);
    const r = await send(e1.contract, buyer, "release");
    expect(r.events).toEqual([
      { name: "Released", args: { seller: consumer.address, amount: prim(A), by: buyer.address } },
    ]);
    expect((await freeOf(consumer.address)) - before).toBe(A);
    expect(await ask(e1, stranger, "status")).toEqual(ok("Released"));
    expect(await ask(e1, buyer, "release")).toEqual(err("AlreadySettled"));
    expect(await ask(e1, arbiter, "refund")).toEqual(err("AlreadySettled"));
    expect(await ask(e1, buyer, "dispute")).toEqual(err("AlreadySettled"));
    expect(await ask(e1, buyer, "deposit", [], A)).toEqual(err("AlreadySettled"));
    expect(await ask(e1, arbiter, "resolve", [false])).toEqual(err("NotDisputed"));
  });

  it("release by the arbiter pays the seller", async () => {
    const e = await funded(seller.address);
    const before = await freeOf(seller.address);
    const r = await send(e.contract, arbiter, "release");
    expect(r.events).toEqual([
      { name: "Released", args: { seller: seller.address, amount: prim(A), by: arbiter.address } },
    ]);
    expect((await freeOf(seller.address)) - before).toBe(A);
  });

  it("refund by the seller pays the buyer back", async () => {
    const e = await funded(seller.address);
    const before = await freeOf(buyer.address);
    const r = await send(e.contract, seller, "refund");
    expect(r.events).toEqual([
      { name: "Refunded", args: { buyer: buyer.address, amount: prim(A), by: seller.address } },
    ]);
    expect((await freeOf(buyer.address)) - before).toBe(A);
    expect(await ask(e, stranger, "status")).toEqual(ok("Refunded"));
  });

  it("a seller's dispute freezes the escrow until the arbiter refunds the buyer", async () => {
    const e = await funded(seller.address);
    const d = await send(e.contract, seller, "dispute");
    expect(d.events).toEqual([{ name: "Disputed", args: { by: seller.address } }]);
    expect(await ask(e, stranger, "status")).toEqual(ok("Disputed"));
    expect(await ask(e, buyer, "dispute")).toEqual(err("InDispute"));
    expect(await ask(e, buyer, "release")).toEqual(err("InDispute"));
    expect(await ask(e, arbiter, "release")).toEqual(err("InDispute"));
    expect(await ask(e, seller, "refund")).toEqual(err("InDispute"));
    expect(await ask(e, buyer, "deposit", [], A)).toEqual(err("AlreadyFunded"));
    expect(await ask(e, buyer, "resolve", [true])).toEqual(err("NotArbiter"));
    await expect(send(e.contract, seller, "resolve", [true])).rejects.toThrow(/ContractReverted/);
    const before = await freeOf(buyer.address);
    const r = await send(e.contract, arbiter, "resolve", [false]);
    expect(r.events).toEqual([
      { name: "Refunded", args: { buyer: buyer.address, amount: prim(A), by: arbiter.address } },
    ]);
    expect((await freeOf(buyer.address)) - before).toBe(A);
    expect(await ask(e, arbiter, "resolve", [true])).toEqual(err("NotDisputed"));
  });

  it("a buyer's dispute can be resolved in the seller's favour", async () => {
    const e = await funded(seller.address);
    await send(e.contract, buyer, "dispute");
    const before = await freeOf(seller.address);
    const r = await send(e.contract, arbiter, "resolve", [true]);
    expect(r.events).toEqual([
      { name: "Released", args: { seller: seller.address, amount: prim(A), by: arbiter.address } },
    ]);
    expect((await freeOf(seller.address)) - before).toBe(A);
    expect(await ask(e, stranger, "status")).toEqual(ok("Released"));
  });

  it("after the deadline anyone may refund, and nobody may dispute", async () => {
    const e = await escrow(seller.address, A, SLOT + SLOT / 2n); // passes between the 1st and 2nd block after creation
    await send(e.contract, buyer, "deposit", [], { value: A });
    expect(await ask(e, stranger, "refund")).toEqual(err("DeadlineNotReached"));
    await nextBlock();
    expect(await ask(e, seller, "dispute")).toEqual(err("DeadlinePassed"));
    const before = await freeOf(buyer.address);
    const r = await send(e.contract, stranger, "refund");
    expect(r.events).toEqual([
      { name: "Refunded", args: { buyer: buyer.address, amount: prim(A), by: stranger.address } },
    ]);
    expect((await freeOf(buyer.address)) - before).toBe(A);
  });

  it("a deposit after the deadline fails with DeadlinePassed", async () => {
    const e = await escrow(seller.address, A, 1n);
    await nextBlock();
    expect(await ask(e, buyer, "deposit", [], A)).toEqual(err("DeadlinePassed"));
  });

  it("a payout the chain refuses (below the existential deposit to a new account) fails with TransferFailed", async () => {
    const newcomer = new Keyring({ type: "sr25519" }).addFromUri(`//escrow/${Math.random()}`).address;
    const e = await funded(newcomer, ED / 2n);
    expect(await ask(e, buyer, "release")).toEqual(err("TransferFailed"));
    await expect(send(e.contract, buyer, "release")).rejects.toThrow(/ContractReverted/);
    expect(await ask(e, stranger, "status")).toEqual(ok("Funded"));
    // The deposit is not lost: the arbiter refunds the buyer, whose account exists.
    const r = await send(e.contract, arbiter, "refund");
    expect(r.events).toEqual([
      { name: "Refunded", args: { buyer: buyer.address, amount: prim(ED / 2n), by: arbiter.address } },
    ]);
  });

  it("refuses value on non-payable messages (traps) and answers unknown selectors with LangError", async () => {
    await expect(query(e1.contract, buyer.address, "release", [], { value: 1n })).rejects.toThrow(/ContractTrapped/);
    await expect(query(e1.contract, buyer.address, "status", [], { value: 1n })).rejects.toThrow(/ContractTrapped/);
    expect(await rawCall(api, alice.address, e1.address, "0xdeadbeef")).toMatchObject({ flags: 1, data: "0x0101" });
  });
});
