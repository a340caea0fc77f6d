// allowlist-registry on the real dev chain (pallet-contracts in chopsticks), linked end to end to the
// example consumer (bricks/_examples/consumer, "the user's contract", deployed first): the deploy
// arguments and the link step (record + verify) come from brick.json through lib/bricks, as the app
// would run them; the consumer's check_allowed(who) asks the registry across contracts. Every
// message and every failure path.
import os from "node:os";
import path from "node:path";
import { mkdtemp, rm } from "node:fs/promises";
import type { ApiPromise } from "@polkadot/api";
import type { KeyringPair } from "@polkadot/keyring/types";
import { u8aToHex } from "@polkadot/util";
import { decodeAddress, encodeAddress } from "@polkadot/util-crypto";
import { closeTestApi, getDevAccounts, getTestApi } from "@/tests/support/chain";
import { encodeArgs, encodeLinkExpectation } from "@/lib/bricks/abi-mapping";
import { loadBrick, type LoadedBrick } from "@/lib/bricks/load-brick";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildContract } from "../../_kit/metadata/build";
import { deploy, query, rawCall, readBundle, send, type Deployed } from "../../_kit/tests/support/chain";

const BRICK = path.resolve(import.meta.dirname, "..");
const CONSUMER = path.resolve(BRICK, "../_examples/consumer/dist/consumer.contract");
const NEXT = path.resolve(BRICK, "../_examples/allowlist-registry-next/dist/allowlist-registry-next.contract");

let alice: KeyringPair, bob: KeyringPair, charlie: KeyringPair, dave: KeyringPair, eve: KeyringPair;
let api: ApiPromise;
let out: string;
let bundle: Record<string, unknown>;
let brick: LoadedBrick;
let consumer: Deployed;
let registry: Deployed;
let answers: Record<string, unknown>;

const ok = (value: unknown = null) => ({ ok: value });
const okUnit = { ok: { ok: null } };
const err = (name: string) => ({ ok: { err: name } });
const ask = async (message: string, ...args: unknown[]) =>
  (await query(registry.contract, alice.address, message, args)).output;
/** What the user's contract answers: the cross-contract call to the registry's is_allowed. */
const allowed = async (who: string) => (await query(consumer.contract, alice.address, "check_allowed", [who])).output;
const stranger = () => encodeAddress(crypto.getRandomValues(new Uint8Array(32)), 42);

beforeAll(async () => {
  out = await mkdtemp(path.join(os.tmpdir(), "allowlist-chain-"));
  // The build (a compiler process) runs while the consumer is deployed (the dev chain's blocks).
  const built = buildContract(BRICK, { outDir: out });
  built.catch(() => undefined); // awaited below; a chain failure first must not leave it unhandled
  const loaded = await loadBrick(BRICK);
  if (!loaded.ok) throw new Error(loaded.problems.map((p) => `${p.jsonPath} ${p.message}`).join("\n"));
  brick = loaded.brick;
  ({ alice, bob, charlie, dave, eve } = await getDevAccounts());
  api = await getTestApi();
  // The user's contract exists first; the builder (alice) owns it and deploys the brick.
  consumer = await deploy(api, readBundle(CONSUMER), alice, "new", []);
  bundle = (await built).bundle;
  answers = { members: [bob.address], contract: consumer.address };
  registry = await deploy(
    api,
    bundle,
    alice,
    "new",
    encodeArgs(brick.manifest, brick.bundle, answers, { signer: alice.address }),
  );
});
afterAll(async () => {
  await closeTestApi();
  await rm(out, { recursive: true, force: true });
});

describe("allowlist-registry on the dev chain", () => {
  it("dist/ holds the current build (builds are deterministic)", () => {
    expect((bundle.source as { hash: string }).hash).toBe(brick.bundle.codeHash);
  });

  it("deploys from brick.json's mapping with the initial members; the signer owns it", async () => {
    expect(registry.events).toEqual([{ name: "Added", args: { who: bob.address } }]);
    expect(await ask("owner")).toEqual(ok(alice.address));
    expect(await ask("count")).toEqual(ok(1));
    expect(await ask("is_allowed", bob.address)).toEqual(ok(true));
    expect(await ask("is_allowed", charlie.address)).toEqual(ok(false));
  });

  it("the link step from brick.json: the contract's owner records the registry, and the verify query proves it", async () => {
    expect(await allowed(bob.address)).toEqual(ok(false)); // not linked yet: the consumer fails closed
    const link = brick.manifest.link!;
    for (const m of link.requiredMessages) expect(consumer.abi.messages.map((x) => x.identifier)).toContain(m);
    const ctx = { signer: alice.address, instance: registry.address };
    const recordArgs = encodeArgs(brick.manifest, brick.bundle, answers, ctx, { kind: "link-record" });
    expect(recordArgs).toEqual([registry.address]);
    expect((await send(consumer.contract, alice, link.record!.message, recordArgs)).dry.output).toEqual(okUnit);

    const verifyArgs = encodeArgs(brick.manifest, brick.bundle, answers, ctx, { kind: "link-verify" });
    const expected = encodeLinkExpectation(brick.manifest, brick.bundle, answers, ctx);
    // allowlist() is Option<AccountId>: Some(x) decodes to x; raw reply 0x00 (Ok) 0x01 (Some) ++ account.
    expect(expected).toBe(registry.address);
    const verify = await query(consumer.contract, alice.address, link.verify!.message, verifyArgs);
    expect(verify.output).toEqual(ok(expected));
    const selector = consumer.abi.findMessage(link.verify!.message).selector.toHex();
    expect((await rawCall(api, alice.address, consumer.address, selector)).data).toBe(
      "0x0001" + u8aToHex(decodeAddress(registry.address)).slice(2),
    );
    expect(await allowed(bob.address)).toEqual(ok(true));
    expect(await allowed(charlie.address)).toEqual(ok(false));
  });

  it("add is owner only, emits Added, and the consumer sees the new member", async () => {
    expect((await query(registry.contract, bob.address, "add", [charlie.address])).output).toEqual(err("NotOwner"));
    const r = await send(registry.contract, alice, "add", [charlie.address]);
    expect(r.dry.output).toEqual(okUnit);
    expect(r.events).toEqual([{ name: "Added", args: { who: charlie.address } }]);
    expect(await ask("count")).toEqual(ok(2));
    expect(await allowed(charlie.address)).toEqual(ok(true));
  });

  it("adding a member twice fails with AlreadyListed and changes nothing", async () => {
    const dry = await query(registry.contract, alice.address, "add", [charlie.address]);
    expect(dry.output).toEqual(err("AlreadyListed"));
    expect(dry.reverted).toBe(true);
    await expect(send(registry.contract, alice, "add", [charlie.address])).rejects.toThrow(/ContractReverted/);
    expect(await ask("count")).toEqual(ok(2));
  });

  it("remove is owner only, emits Removed, and the consumer stops allowing the account", async () => {
    expect((await query(registry.contract, bob.address, "remove", [charlie.address])).output).toEqual(err("NotOwner"));
    const r = await send(registry.contract, alice, "remove", [charlie.address]);
    expect(r.events).toEqual([{ name: "Removed", args: { who: charlie.address } }]);
    expect(await ask("count")).toEqual(ok(1));
    expect(await ask("is_allowed", charlie.address)).toEqual(ok(false));
    expect(await allowed(charlie.address)).toEqual(ok(false));
  });

  it("removing an account that is not listed fails with NotListed", async () => {
    expect((await query(registry.contract, alice.address, "remove", [charlie.address])).output).toEqual(
      err("NotListed"),
    );
    await expect(send(registry.contract, alice, "remove", [dave.address])).rejects.toThrow(/ContractReverted/);
  });

  it("add_many lists several accounts in one transaction (one Added each)", async () => {
    const r = await send(registry.contract, alice, "add_many", [[charlie.address, dave.address]]);
    expect(r.events).toEqual([
      { name: "Added", args: { who: charlie.address } },
      { name: "Added", args: { who: dave.address } },
    ]);
    expect(await ask("count")).toEqual(ok(3));
    expect(await allowed(charlie.address)).toEqual(ok(true));
    expect(await allowed(dave.address)).toEqual(ok(true));
    expect((await send(registry.contract, alice, "add_many", [[]])).events).toEqual([]);
    expect(await ask("count")).toEqual(ok(3));
  });

  it("add_many is all or nothing: one listed or repeated account fails it with AlreadyListed", async () => {
    const fresh = stranger();
    expect((await query(registry.contract, alice.address, "add_many", [[fresh, bob.address]])).output).toEqual(
      err("AlreadyListed"),
    );
    expect((await query(registry.contract, alice.address, "add_many", [[fresh, fresh]])).output).toEqual(
      err("AlreadyListed"),
    );
    await expect(send(registry.contract, alice, "add_many", [[fresh, bob.address]])).rejects.toThrow(
      /ContractReverted/,
    );
    expect(await ask("is_allowed", fresh)).toEqual(ok(false));
    expect(await ask("count")).toEqual(ok(3));
    expect((await query(registry.contract, bob.address, "add_many", [[fresh]])).output).toEqual(err("NotOwner"));
  });

  it("transfer_ownership is owner only, emits OwnershipTransferred, and moves every right", async () => {
    expect((await query(registry.contract, bob.address, "transfer_ownership", [bob.address])).output).toEqual(
      err("NotOwner"),
    );
    const r = await send(registry.contract, alice, "transfer_ownership", [bob.address]);
    expect(r.events).toEqual([
      { name: "OwnershipTransferred", args: { previousOwner: alice.address, newOwner: bob.address } },
    ]);
    expect(await ask("owner")).toEqual(ok(bob.address));
    expect((await query(registry.contract, alice.address, "add", [eve.address])).output).toEqual(err("NotOwner"));
    expect((await query(registry.contract, alice.address, "transfer_ownership", [alice.address])).output).toEqual(
      err("NotOwner"),
    );
    await send(registry.contract, bob, "add", [eve.address]);
    expect(await allowed(eve.address)).toEqual(ok(true));
  });

  it("counts a member listed twice at deploy once", async () => {
    const twice = await deploy(api, bundle, bob, "new", [[charlie.address, charlie.address, dave.address]]);
    expect(twice.events).toHaveLength(2);
    expect((await query(twice.contract, bob.address, "count")).output).toEqual(ok(2));
    expect((await query(twice.contract, bob.address, "owner")).output).toEqual(ok(bob.address));
  });

  it("unknown selectors and undecodable input answer LangError::CouldNotReadInput with the revert flag", async () => {
    expect(await rawCall(api, alice.address, registry.address, "0xdeadbeef")).toMatchObject({
      flags: 1,
      data: "0x0101",
    });
    // add_many claiming 2 accounts but carrying one.
    const addMany = registry.abi.findMessage("add_many").selector.toHex();
    expect(await rawCall(api, bob.address, registry.address, addMany + "08" + "11".repeat(32))).toMatchObject({
      flags: 1,
      data: "0x0101",
    });
  });

  it("refuses value sent to a non-payable message (traps, like ink!)", async () => {
    await expect(query(registry.contract, alice.address, "count", [], { value: 1n })).rejects.toThrow(
      /ContractTrapped/,
    );
  });

  it("set_code_hash (1.1.0): owner only, CodeNotFound for code the chain lacks, and the list survives new code", async () => {
    const list = await deploy(api, bundle, bob, "new", [[charlie.address]]);
    const next = readBundle(NEXT);
    const nextHash = (next.source as { hash: string }).hash;
    expect(nextHash).not.toBe(brick.bundle.codeHash);
    const random = u8aToHex(crypto.getRandomValues(new Uint8Array(32)));
    expect((await query(list.contract, alice.address, "set_code_hash", [nextHash])).output).toEqual(err("NotOwner"));
    expect((await query(list.contract, bob.address, "set_code_hash", [random])).output).toEqual(err("CodeNotFound"));
    await deploy(api, next, alice, "new", [[]]); // puts the later build's code on chain
    expect((await send(list.contract, bob, "set_code_hash", [nextHash])).dry.output).toEqual(okUnit);
    const info = (await api.query.contracts.contractInfoOf(list.address)) as unknown as {
      unwrap(): { codeHash: { toHex(): string } };
    };
    expect(info.unwrap().codeHash.toHex()).toBe(nextHash);
    // The later build answers code_version() = 2 (u32, little endian, after Ok) and kept the list.
    const selector = (next.spec as { messages: { label: string; selector: string }[] }).messages.find(
      (m) => m.label === "code_version",
    )!.selector;
    expect((await rawCall(api, bob.address, list.address, selector)).data).toBe("0x0002000000");
    expect((await query(list.contract, bob.address, "count")).output).toEqual(ok(1));
    expect((await query(list.contract, bob.address, "is_allowed", [charlie.address])).output).toEqual(ok(true));
  });
});
