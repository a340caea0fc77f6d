// price-feed-oracle on the real dev chain (pallet-contracts in chopsticks), linked end to end to the
// example consumer (bricks/_examples/consumer, "the user's contract", deployed first): the deploy
// arguments and the link step (record + verify) come from brick.json through lib/bricks, as the app
// would run them. Every message and every failure path.
import os from "node:os";
import path from "node:path";
import { mkdtemp, rm } from "node:fs/promises";
import type { ApiPromise } from "@polkadot/api";
import type { Abi, ContractPromise } from "@polkadot/api-contract";
import type { KeyringPair } from "@polkadot/keyring/types";
import type { WeightV2 } from "@polkadot/types/interfaces";
import { u8aToHex } from "@polkadot/util";
import { decodeAddress } from "@polkadot/util-crypto";
import { closeTestApi, getDevAccounts, getTestApi, sendAndWait } from "@/tests/support/chain";
import { encodeArgs, encodeLinkExpectation } from "@/lib/bricks/abi-mapping";
import { loadBrick, type LoadedBrick } from "@/lib/bricks/load-brick";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildContract } from "../../_kit/metadata/build";
import { deploy, prim, query, rawCall, readBundle, send, type Deployed } from "../../_kit/tests/support/chain";

const BRICK = path.resolve(import.meta.dirname, "..");
const CONSUMER = path.resolve(BRICK, "../_examples/consumer/dist/consumer.contract");

let alice: KeyringPair, bob: KeyringPair, charlie: KeyringPair, dave: KeyringPair;
let api: ApiPromise;
let out: string;
let bundle: Record<string, unknown>;
let brick: LoadedBrick;
let consumer: Deployed;
let oracle: Deployed;
let answers: Record<string, unknown>;

const ok = (value: unknown = null) => ({ ok: value });
const okUnit = { ok: { ok: null } };
const err = (name: string) => ({ ok: { err: name } });
const ask = async (message: string, ...args: unknown[]) =>
  (await query(oracle.contract, alice.address, message, args)).output;
const askConsumer = async (message: string, ...args: unknown[]) =>
  (await query(consumer.contract, alice.address, message, args)).output;

/**
 * Like the kit's send(), but decodes each contract event with the ABI of the contract that emitted
 * it: a report makes the consumer emit too, which the oracle's ABI cannot decode.
 */
async function sendAll(contract: ContractPromise, signer: KeyringPair, message: string, args: unknown[] = []) {
  const dry = await query(contract, signer.address, message, args);
  const gasLimit = api.registry.createType<WeightV2>("WeightV2", dry.gasRequired);
  const tx = contract.tx[contract.abi.findMessage(message).method](
    { gasLimit, storageDepositLimit: dry.storageDeposit },
    ...args,
  );
  const { events: records, error, blockHash } = await sendAndWait(tx, signer);
  if (error) throw new Error(error);
  const abis: Record<string, Abi> = { [oracle.address]: oracle.abi, [consumer.address]: consumer.abi };
  const events = records
    .filter(({ event }) => api.events.contracts.ContractEmitted.is(event))
    .map((record) => {
      const from = record.event.data[0].toString();
      const decoded = abis[from].decodeEvent(record);
      const args: Record<string, unknown> = {};
      decoded.event.args.forEach((a, i) => (args[a.name] = decoded.args[i].toPrimitive()));
      return {
        from: from === oracle.address ? "oracle" : "consumer",
        name: decoded.event.identifier.split("::").pop(),
        args,
      };
    });
  return { dry, events, blockHash };
}

beforeAll(async () => {
  out = await mkdtemp(path.join(os.tmpdir(), "oracle-chain-"));
  // The build (a compiler process) runs while the consumer is deployed (the dev chain's blocks).
  const built = buildContract(BRICK, { outDir: out });
  built.catch(() => undefined); // awaited below; a chain failure first must not leave it unhandled
  const loaded = await loadBrick(BRICK);
  if (!loaded.ok) throw new Error(loaded.problems.map((p) => `${p.jsonPath} ${p.message}`).join("\n"));
  brick = loaded.brick;
  ({ alice, bob, charlie, dave } = await getDevAccounts());
  api = await getTestApi();
  // The user's contract exists first; the builder (alice) owns it and deploys the brick.
  consumer = await deploy(api, readBundle(CONSUMER), alice, "new", []);
  bundle = (await built).bundle;
  answers = {
    description: "DOT / USD",
    decimals: 8,
    reporters: [bob.address, charlie.address],
    consumer: consumer.address,
  };
  const args = encodeArgs(brick.manifest, brick.bundle, answers, { signer: alice.address });
  oracle = await deploy(api, bundle, alice, "new", args);
});
afterAll(async () => {
  await closeTestApi();
  await rm(out, { recursive: true, force: true });
});

describe("price-feed-oracle on the dev chain", () => {
  it("dist/ holds the current build (builds are deterministic)", () => {
    expect((bundle.source as { hash: string }).hash).toBe(brick.bundle.codeHash);
  });

  it("deploys from brick.json's mapping: the reporters and the consumer are set, the signer owns it", async () => {
    expect(oracle.events).toEqual([
      { name: "ReporterAdded", args: { who: bob.address } },
      { name: "ReporterAdded", args: { who: charlie.address } },
      { name: "ConsumerSet", args: { consumer: consumer.address } },
    ]);
    expect(await ask("owner")).toEqual(ok(alice.address));
    expect(await ask("description")).toEqual(ok("DOT / USD"));
    expect(await ask("decimals")).toEqual(ok(8));
    expect(await ask("consumer")).toEqual(ok(consumer.address));
    expect(await ask("round")).toEqual(ok(0));
    expect(await ask("latest")).toEqual(ok([0, 0, 0]));
    expect(await ask("is_reporter", bob.address)).toEqual(ok(true));
    expect(await ask("is_reporter", alice.address)).toEqual(ok(false));
  });

  it("before the link, the consumer refuses the update, so the report fails with ConsumerRejected and stores nothing", async () => {
    const dry = await query(oracle.contract, bob.address, "report", [1n]);
    expect(dry.output).toEqual(err("ConsumerRejected"));
    expect(dry.reverted).toBe(true);
    await expect(send(oracle.contract, bob, "report", [1n])).rejects.toThrow(/ContractReverted/);
    expect(await ask("round")).toEqual(ok(0));
  });

  it("the link step from brick.json: the consumer's owner records the feed, and the verify query proves it", async () => {
    const link = brick.manifest.link!;
    for (const m of link.requiredMessages) expect(consumer.abi.messages.map((x) => x.identifier)).toContain(m);
    const ctx = { signer: alice.address, instance: oracle.address };
    const recordArgs = encodeArgs(brick.manifest, brick.bundle, answers, ctx, { kind: "link-record" });
    expect(recordArgs).toEqual([oracle.address]);
    const r = await send(consumer.contract, alice, link.record!.message, recordArgs);
    expect(r.events).toEqual([{ name: "FeedSet", args: { feed: oracle.address } }]);

    const verifyArgs = encodeArgs(brick.manifest, brick.bundle, answers, ctx, { kind: "link-verify" });
    const expected = encodeLinkExpectation(brick.manifest, brick.bundle, answers, ctx);
    // feed() is Option<AccountId>: decoded with the consumer's ABI, Some(x) shows as x inside the
    // MessageResult's ok; the raw reply is 0x00 (Ok) 0x01 (Some) ++ the 32-byte account.
    expect(expected).toBe(oracle.address);
    expect(await askConsumer(link.verify!.message, ...verifyArgs)).toEqual(ok(expected));
    const selector = consumer.abi.findMessage(link.verify!.message).selector.toHex();
    const raw = await rawCall(api, alice.address, consumer.address, selector);
    expect(raw.data).toBe("0x0001" + u8aToHex(decodeAddress(oracle.address)).slice(2));
  });

  it("a reporter's report stores a new round and reaches the consumer (both emit events)", async () => {
    const value = 512_345_678n;
    const r = await sendAll(oracle.contract, bob, "report", [value]);
    expect(r.dry.output).toEqual(okUnit);
    const at = (await api.query.timestamp.now.at(r.blockHash)).toPrimitive() as number;
    expect(r.events).toEqual([
      {
        from: "oracle",
        name: "PriceReported",
        args: { round: 1, value: prim(value), reporter: bob.address, updatedAt: at },
      },
      { from: "consumer", name: "PriceReceived", args: { value: prim(value), round: 1 } },
    ]);
    expect(await ask("latest")).toEqual(ok([prim(value), 1, at]));
    expect(await ask("round")).toEqual(ok(1));
    expect(await askConsumer("latest")).toEqual(ok([prim(value), 1]));
  });

  it("large values survive the round trip (u128)", async () => {
    const value = (1n << 128n) - 1n;
    await sendAll(oracle.contract, charlie, "report", [value]);
    expect(await askConsumer("latest")).toEqual(ok([prim(value), 2]));
    const [stored, round] = ((await ask("latest")) as { ok: unknown[] }).ok;
    expect([stored, round]).toEqual([prim(value), 2]);
  });

  it("a report from anyone but a reporter fails with NotReporter (the owner included)", async () => {
    for (const who of [alice, dave])
      expect((await query(oracle.contract, who.address, "report", [7n])).output).toEqual(err("NotReporter"));
    await expect(send(oracle.contract, dave, "report", [7n])).rejects.toThrow(/ContractReverted/);
    expect(await askConsumer("latest")).toEqual(ok([prim((1n << 128n) - 1n), 2]));
  });

  it("the consumer refuses on_price from anyone but the feed, its own owner included", async () => {
    for (const who of [alice, bob, dave])
      expect((await query(consumer.contract, who.address, "on_price", [1n, 99n])).output).toEqual(err("NotFeed"));
    await expect(send(consumer.contract, bob, "on_price", [1n, 99n])).rejects.toThrow(/ContractReverted/);
  });

  it("add_reporter is owner only, emits ReporterAdded, and adding twice changes nothing", async () => {
    expect((await query(oracle.contract, bob.address, "add_reporter", [dave.address])).output).toEqual(err("NotOwner"));
    const r = await send(oracle.contract, alice, "add_reporter", [dave.address]);
    expect(r.dry.output).toEqual(okUnit);
    expect(r.events).toEqual([{ name: "ReporterAdded", args: { who: dave.address } }]);
    expect((await send(oracle.contract, alice, "add_reporter", [dave.address])).events).toEqual([]);
    expect(await ask("is_reporter", dave.address)).toEqual(ok(true));
    await sendAll(oracle.contract, dave, "report", [42n]);
    expect(await askConsumer("latest")).toEqual(ok([42, 3]));
  });

  it("remove_reporter is owner only, emits ReporterRemoved; a removed or unknown reporter fails with NotReporter", async () => {
    expect((await query(oracle.contract, bob.address, "remove_reporter", [dave.address])).output).toEqual(
      err("NotOwner"),
    );
    const r = await send(oracle.contract, alice, "remove_reporter", [dave.address]);
    expect(r.events).toEqual([{ name: "ReporterRemoved", args: { who: dave.address } }]);
    expect(await ask("is_reporter", dave.address)).toEqual(ok(false));
    expect((await query(oracle.contract, dave.address, "report", [1n])).output).toEqual(err("NotReporter"));
    expect((await query(oracle.contract, alice.address, "remove_reporter", [dave.address])).output).toEqual(
      err("NotReporter"),
    );
  });

  it("set_consumer is owner only; a consumer that is not a contract makes reports fail with ConsumerRejected", async () => {
    expect((await query(oracle.contract, bob.address, "set_consumer", [dave.address])).output).toEqual(err("NotOwner"));
    const r = await send(oracle.contract, alice, "set_consumer", [dave.address]);
    expect(r.events).toEqual([{ name: "ConsumerSet", args: { consumer: dave.address } }]);
    expect(await ask("consumer")).toEqual(ok(dave.address));
    expect((await query(oracle.contract, bob.address, "report", [5n])).output).toEqual(err("ConsumerRejected"));
    await send(oracle.contract, alice, "set_consumer", [consumer.address]);
    expect((await query(oracle.contract, bob.address, "report", [5n])).output).toEqual(okUnit);
  });

  it("a consumer linked to another feed rejects this oracle's reports (ConsumerRejected, nothing stored)", async () => {
    const other = await deploy(api, consumer.bundle, alice, "new", []);
    await send(other.contract, alice, "set_feed", [dave.address]);
    await send(oracle.contract, alice, "set_consumer", [other.address]);
    expect((await query(oracle.contract, bob.address, "report", [5n])).output).toEqual(err("ConsumerRejected"));
    await expect(send(oracle.contract, bob, "report", [5n])).rejects.toThrow(/ContractReverted/);
    expect(await ask("round")).toEqual(ok(3));
    await send(oracle.contract, alice, "set_consumer", [consumer.address]);
  });

  it("counts a reporter listed twice at deploy once", async () => {
    const twice = await deploy(api, bundle, bob, "new", ["X", 0, [charlie.address, charlie.address], consumer.address]);
    expect(twice.events.filter((e) => e.name === "ReporterAdded")).toHaveLength(1);
    expect((await query(twice.contract, bob.address, "owner")).output).toEqual(ok(bob.address));
  });

  it("unknown selectors and undecodable input answer LangError::CouldNotReadInput with the revert flag", async () => {
    expect(await rawCall(api, alice.address, oracle.address, "0xdeadbeef")).toMatchObject({ flags: 1, data: "0x0101" });
    const report = oracle.abi.findMessage("report").selector.toHex();
    expect(await rawCall(api, alice.address, oracle.address, report + "00".repeat(8))).toMatchObject({
      flags: 1,
      data: "0x0101",
    });
  });

  it("refuses value sent to a non-payable message (traps, like ink!)", async () => {
    await expect(query(oracle.contract, alice.address, "round", [], { value: 1n })).rejects.toThrow(/ContractTrapped/);
  });
});
