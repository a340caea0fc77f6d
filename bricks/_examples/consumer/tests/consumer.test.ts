// The example consumer on the real dev chain: owner-only settings, price updates accepted only from
// the registered feed, and a cross-contract call to an allowlist registry (bricks/_examples/allowlist-stub).
import os from "node:os";
import path from "node:path";
import { mkdtemp, rm } from "node:fs/promises";
import type { ApiPromise } from "@polkadot/api";
import type { KeyringPair } from "@polkadot/keyring/types";
import { closeTestApi, getDevAccounts, getTestApi } from "@/tests/support/chain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildContracts } from "../../../_kit/metadata/build";
import { deploy, prim, query, rawCall, send, type Deployed } from "../../../_kit/tests/support/chain";

let alice: KeyringPair, bob: KeyringPair, charlie: KeyringPair, dave: KeyringPair;
let api: ApiPromise;
let out: string;
let consumer: Deployed;
let registry: Deployed;

const ok = (value: unknown = null) => ({ ok: value });
const okUnit = { ok: { ok: null } };
const err = (name: string) => ({ ok: { err: name } });
const ask = async (message: string, ...args: unknown[]) =>
  (await query(consumer.contract, alice.address, message, args)).output;

beforeAll(async () => {
  out = await mkdtemp(path.join(os.tmpdir(), "consumer-chain-"));
  const examples = path.resolve(import.meta.dirname, "../..");
  const [c, r] = await buildContracts([path.join(examples, "consumer"), path.join(examples, "allowlist-stub")], {
    outDir: out,
  });
  ({ alice, bob, charlie, dave } = await getDevAccounts());
  api = await getTestApi();
  consumer = await deploy(api, c.bundle, alice, "new", []);
  registry = await deploy(api, r.bundle, alice, "new", []);
});
afterAll(async () => {
  await closeTestApi();
  await rm(out, { recursive: true, force: true });
});

describe("example consumer on the dev chain", () => {
  it("starts with no feed, no registry, price (0, 0), the deployer as owner", async () => {
    expect(await ask("owner")).toEqual(ok(alice.address));
    expect(await ask("feed")).toEqual(ok(null));
    expect(await ask("allowlist")).toEqual(ok(null));
    expect(await ask("latest")).toEqual(ok([0, 0]));
    expect((await query(consumer.contract, charlie.address, "on_price", [5n, 1n])).output).toEqual(err("NotFeed"));
  });

  it("set_feed is owner only", async () => {
    expect((await query(consumer.contract, bob.address, "set_feed", [charlie.address])).output).toEqual(
      err("NotOwner"),
    );
    const r = await send(consumer.contract, alice, "set_feed", [charlie.address]);
    expect(r.dry.output).toEqual(okUnit);
    expect(r.events).toEqual([{ name: "FeedSet", args: { feed: charlie.address } }]);
    expect(await ask("feed")).toEqual(ok(charlie.address));
  });

  it("on_price accepts updates only from the registered feed", async () => {
    expect((await query(consumer.contract, bob.address, "on_price", [5n, 1n])).output).toEqual(err("NotFeed"));
    await expect(send(consumer.contract, bob, "on_price", [5n, 1n])).rejects.toThrow(/ContractReverted/);
    const price = 123_456_789_000_000_000_000n;
    const r = await send(consumer.contract, charlie, "on_price", [price, 42n]);
    expect(r.events).toEqual([{ name: "PriceReceived", args: { value: prim(price), round: 42 } }]);
    expect(await ask("latest")).toEqual(ok([prim(price), 42]));
  });

  it("set_allowlist is owner only; check_allowed asks the registry across contracts", async () => {
    expect(await ask("check_allowed", dave.address)).toEqual(ok(false)); // no registry yet
    expect((await query(consumer.contract, bob.address, "set_allowlist", [registry.address])).output).toEqual(
      err("NotOwner"),
    );
    await send(consumer.contract, alice, "set_allowlist", [registry.address]);
    expect(await ask("allowlist")).toEqual(ok(registry.address));
    expect(await ask("check_allowed", dave.address)).toEqual(ok(false));
    await send(registry.contract, alice, "set_allowed", [dave.address, true]);
    expect(await ask("check_allowed", dave.address)).toEqual(ok(true));
    expect(await ask("check_allowed", bob.address)).toEqual(ok(false));
    // The cross-contract call costs more than a plain query (a second contract runs).
    const cross = await query(consumer.contract, alice.address, "check_allowed", [dave.address]);
    const plain = await query(consumer.contract, alice.address, "allowlist");
    expect(cross.gasRequired.refTime).toBeGreaterThan(plain.gasRequired.refTime);
  });

  it("check_allowed fails closed when the registry cannot answer", async () => {
    // A plain account (not a contract), then a contract without is_allowed (another consumer: its
    // LangError reply comes back as "reverted"). Calling itself would be refused by the pallet
    // (ReentranceDenied) unless the call allowed reentry.
    const other = await deploy(api, consumer.bundle, bob, "new", []);
    for (const bad of [bob.address, other.address]) {
      await send(consumer.contract, alice, "set_allowlist", [bad]);
      expect(await ask("check_allowed", dave.address)).toEqual(ok(false));
    }
    await send(consumer.contract, alice, "set_allowlist", [registry.address]);
  });

  it("an unknown selector answers LangError::CouldNotReadInput with the revert flag", async () => {
    expect(await rawCall(api, alice.address, consumer.address, "0x00000000")).toMatchObject({
      flags: 1,
      data: "0x0101",
    });
  });
});
