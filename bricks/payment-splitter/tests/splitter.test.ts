// payment-splitter on the real dev chain (pallet-contracts in chopsticks): deploy through
// @polkadot/api-contract with dry-run gas, every message, every failure path, the link check against
// the example consumer contract, and exact payouts read from the payees' balances.
import os from "node:os";
import path from "node:path";
import { mkdtemp, rm } from "node:fs/promises";
import type { ApiPromise } from "@polkadot/api";
import { Keyring } from "@polkadot/keyring";
import type { KeyringPair } from "@polkadot/keyring/types";
import { closeTestApi, getDevAccounts, getTestApi, sendAndWait } from "@/tests/support/chain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildContract } from "../../_kit/metadata/build";
import { deploy, prim, query, rawCall, readBundle, send, type Deployed } from "../../_kit/tests/support/chain";

const CONSUMER = path.resolve(import.meta.dirname, "../../_examples/consumer/dist/consumer.contract");
let alice: KeyringPair, bob: KeyringPair, dave: KeyringPair;
// Fresh payees: they never sign, so their balances change only by payouts.
const fresh = () => new Keyring({ type: "sr25519", ss58Format: 42 }).addFromUri(`//splitter/${Math.random()}`).address;
const [p1, p3] = [fresh(), fresh()];
let api: ApiPromise;
let bundle: Record<string, unknown>;
let out: string;
let consumer: Deployed;
let splitter: Deployed;
let ED: bigint;

const ok = (value: unknown = null) => ({ ok: value });
const err = (name: string) => ({ ok: { err: name } });
const ask = async (message: string, ...args: unknown[]) =>
  (await query(splitter.contract, alice.address, message, args)).output;
const freeOf = async (who: string) =>
  ((await api.query.system.account(who)) as unknown as { data: { free: { toBigInt(): bigint } } }).data.free.toBigInt();

/** The constructor's error name, from its dry-run (deploy() throws "constructor reverted: 0x…"). */
async function refusal(payees: string[], shares: number[]): Promise<unknown> {
  const e = await deploy(api, bundle, alice, "new", [payees, shares]).then(
    () => new Error("deployed"),
    (x: Error) => x,
  );
  const hex = /constructor reverted: (0x[0-9a-f]+)/.exec(e.message)?.[1];
  if (!hex) throw e;
  const ctor = splitter.abi.findConstructor("new");
  return splitter.abi.registry
    .createType(splitter.abi.registry.createLookupType(ctor.returnType!.lookupIndex!), hex)
    .toJSON();
}

beforeAll(async () => {
  out = await mkdtemp(path.join(os.tmpdir(), "splitter-chain-"));
  bundle = (await buildContract(path.resolve(import.meta.dirname, ".."), { outDir: out })).bundle;
  ({ alice, bob, dave } = await getDevAccounts());
  api = await getTestApi();
  ED = (api.consts.balances.existentialDeposit as unknown as { toBigInt(): bigint }).toBigInt();
  consumer = await deploy(api, readBundle(CONSUMER), alice, "new", []);
  // The linked contract (the consumer) is one of the payees; p3's 0.01% stays below the ED (TransferFailed).
  splitter = await deploy(api, bundle, alice, "new", [
    [consumer.address, p1, bob.address, p3],
    [5000, 3000, 1999, 1],
  ]);
});
afterAll(async () => {
  await closeTestApi();
  await rm(out, { recursive: true, force: true });
});

describe("payment-splitter on the dev chain", () => {
  it("deploys with the payees and shares; the link check (is_payee(linked) == true) holds", async () => {
    expect(splitter.address).toMatch(/^5/);
    expect(splitter.events).toEqual([]);
    expect(await ask("payees")).toEqual(ok([consumer.address, p1, bob.address, p3]));
    expect(await ask("shares", consumer.address)).toEqual(ok(5000));
    expect(await ask("shares", p3)).toEqual(ok(1));
    expect(await ask("shares", dave.address)).toEqual(ok(0));
    expect(await ask("is_payee", consumer.address)).toEqual(ok(true));
    expect(await ask("is_payee", dave.address)).toEqual(ok(false));
    for (const m of ["total_received", "total_released"]) expect(await ask(m)).toEqual(ok(0));
    expect(await ask("releasable", p1)).toEqual(ok(0));
    expect(await ask("released", p1)).toEqual(ok(0));
  });

  it("the constructor refuses bad payee lists", async () => {
    expect(await refusal([], [])).toEqual(err("NoPayees"));
    expect(await refusal([p1, p3], [10000])).toEqual(err("LengthMismatch"));
    expect(await refusal([p1, p3], [10000, 0])).toEqual(err("ZeroShare"));
    expect(await refusal([p1, p1], [5000, 5000])).toEqual(err("DuplicatePayee"));
    expect(await refusal([p1, p3], [5000, 4000])).toEqual(err("SharesMustSumTo100"));
    const many = Array.from({ length: 65 }, fresh);
    expect(
      await refusal(
        many,
        many.map(() => 1),
      ),
    ).toEqual(err("TooManyPayees"));
  });

  it("receive takes value (PaymentReceived); plain transfers count too", async () => {
    const r = await send(splitter.contract, alice, "receive", [], { value: 5000n * ED });
    expect(r.events).toEqual([{ name: "PaymentReceived", args: { from: alice.address, amount: prim(5000n * ED) } }]);
    const { error } = await sendAndWait(api.tx.balances.transferKeepAlive(splitter.address, 1000n * ED), dave);
    expect(error).toBeUndefined();
    expect(await ask("total_received")).toEqual(ok(prim(6000n * ED)));
    expect(await ask("releasable", consumer.address)).toEqual(ok(prim(3000n * ED)));
    expect(await ask("releasable", p1)).toEqual(ok(prim(1800n * ED)));
    expect(await ask("releasable", p3)).toEqual(ok(prim((6000n * ED) / 10000n)));
  });

  it("release pays the linked contract its share, triggered by anyone", async () => {
    const before = await freeOf(consumer.address);
    const r = await send(splitter.contract, dave, "release", [consumer.address]);
    expect(r.dry.output).toEqual(ok(ok(prim(3000n * ED))));
    expect(r.events).toEqual([{ name: "PaymentReleased", args: { to: consumer.address, amount: prim(3000n * ED) } }]);
    expect((await freeOf(consumer.address)) - before).toBe(3000n * ED);
    expect(await ask("released", consumer.address)).toEqual(ok(prim(3000n * ED)));
    expect(await ask("releasable", consumer.address)).toEqual(ok(0));
  });

  it("release pays a person (new account) exactly; totals stay consistent", async () => {
    const r = await send(splitter.contract, bob, "release", [p1]);
    expect(r.dry.output).toEqual(ok(ok(prim(1800n * ED))));
    expect(await freeOf(p1)).toBe(1800n * ED);
    expect(await ask("total_released")).toEqual(ok(prim(4800n * ED)));
    expect(await ask("total_received")).toEqual(ok(prim(6000n * ED)));
    expect(await ask("releasable", bob.address)).toEqual(ok(prim((6000n * ED * 1999n) / 10000n)));
  });

  it("release of nothing due fails with NothingToRelease; of a non-payee with NotPayee", async () => {
    const nothing = await query(splitter.contract, dave.address, "release", [p1]);
    expect([nothing.output, nothing.reverted]).toEqual([err("NothingToRelease"), true]);
    await expect(send(splitter.contract, dave, "release", [p1])).rejects.toThrow(/ContractReverted/);
    expect((await query(splitter.contract, dave.address, "release", [dave.address])).output).toEqual(err("NotPayee"));
  });

  it("release below the existential deposit to a new account fails with TransferFailed and keeps the due", async () => {
    const due = (6000n * ED) / 10000n;
    expect(due).toBeLessThan(ED);
    expect((await query(splitter.contract, dave.address, "release", [p3])).output).toEqual(err("TransferFailed"));
    await expect(send(splitter.contract, dave, "release", [p3])).rejects.toThrow(/ContractReverted/);
    expect(await ask("releasable", p3)).toEqual(ok(prim(due)));
    expect(await ask("released", p3)).toEqual(ok(0));
  });

  it("new income after payouts is split on the new total", async () => {
    await send(splitter.contract, alice, "receive", [], { value: 4000n * ED });
    expect(await ask("total_received")).toEqual(ok(prim(10_000n * ED)));
    expect(await ask("releasable", consumer.address)).toEqual(ok(prim(2000n * ED)));
    expect(await ask("releasable", p1)).toEqual(ok(prim(1200n * ED)));
    expect(await ask("releasable", p3)).toEqual(ok(prim(ED)));
  });

  it("refuses value on non-payable messages (traps) and answers unknown selectors with LangError", async () => {
    await expect(query(splitter.contract, alice.address, "release", [p1], { value: 1n })).rejects.toThrow(
      /ContractTrapped/,
    );
    await expect(query(splitter.contract, alice.address, "payees", [], { value: 1n })).rejects.toThrow(
      /ContractTrapped/,
    );
    expect(await rawCall(api, alice.address, splitter.address, "0xdeadbeef")).toMatchObject({
      flags: 1,
      data: "0x0101",
    });
  });
});
