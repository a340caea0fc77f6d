// fungible-token on the real dev chain (pallet-contracts in chopsticks): deploy through
// @polkadot/api-contract with dry-run gas, every message, every failure path.
import os from "node:os";
import path from "node:path";
import { mkdtemp, rm } from "node:fs/promises";
import type { ApiPromise } from "@polkadot/api";
import type { KeyringPair } from "@polkadot/keyring/types";
import { closeTestApi, getDevAccounts, getTestApi } from "@/tests/support/chain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildContract } from "../../_kit/metadata/build";
import { deploy, prim, query, rawCall, send, type Deployed } from "../../_kit/tests/support/chain";

let alice: KeyringPair, bob: KeyringPair, charlie: KeyringPair;
const UNIT = 10n ** 12n;
const SUPPLY = 1_000_000n * UNIT;
let api: ApiPromise;
let bundle: Record<string, unknown>;
let out: string;
let token: Deployed;

const ok = (value: unknown = null) => ({ ok: value });
const okUnit = { ok: { ok: null } };
const err = (name: string) => ({ ok: { err: name } });
const ask = async (message: string, ...args: unknown[]) =>
  (await query(token.contract, alice.address, message, args)).output;

beforeAll(async () => {
  out = await mkdtemp(path.join(os.tmpdir(), "token-chain-"));
  bundle = (await buildContract(path.resolve(import.meta.dirname, ".."), { outDir: out })).bundle;
  ({ alice, bob, charlie } = await getDevAccounts());
  api = await getTestApi();
  token = await deploy(api, bundle, alice, "new", ["Brick Credits", "BRK", 12, SUPPLY, true, alice.address]);
});
afterAll(async () => {
  await closeTestApi();
  await rm(out, { recursive: true, force: true });
});

describe("fungible-token on the dev chain", () => {
  it("deploys: the whole supply goes to the owner, announced as a mint Transfer", () => {
    expect(token.address).toMatch(/^5/);
    expect(token.events).toEqual([{ name: "Transfer", args: { from: null, to: alice.address, value: prim(SUPPLY) } }]);
    expect(token.gasRequired.refTime).toBeGreaterThan(0n);
    expect(token.storageDeposit).toBeGreaterThan(0n);
  });

  it("answers every query", async () => {
    expect(await ask("token_name")).toEqual(ok("Brick Credits"));
    expect(await ask("token_symbol")).toEqual(ok("BRK"));
    expect(await ask("token_decimals")).toEqual(ok(12));
    expect(await ask("owner")).toEqual(ok(alice.address));
    expect(await ask("mintable")).toEqual(ok(true));
    expect(await ask("total_supply")).toEqual(ok(prim(SUPPLY)));
    expect(await ask("balance_of", alice.address)).toEqual(ok(prim(SUPPLY)));
    expect(await ask("balance_of", charlie.address)).toEqual(ok(0));
    expect(await ask("allowance", alice.address, bob.address)).toEqual(ok(0));
  });

  it("transfer moves tokens and emits Transfer", async () => {
    const r = await send(token.contract, alice, "transfer", [bob.address, 1000n * UNIT]);
    expect(r.dry.output).toEqual(okUnit);
    expect(r.events).toEqual([
      { name: "Transfer", args: { from: alice.address, to: bob.address, value: prim(1000n * UNIT) } },
    ]);
    expect(await ask("balance_of", bob.address)).toEqual(ok(prim(1000n * UNIT)));
    expect(await ask("balance_of", alice.address)).toEqual(ok(prim(SUPPLY - 1000n * UNIT)));
  });

  it("transfer of more than the balance fails with InsufficientBalance and changes nothing", async () => {
    const dry = await query(token.contract, bob.address, "transfer", [charlie.address, 1001n * UNIT]);
    expect(dry.output).toEqual(err("InsufficientBalance"));
    expect(dry.reverted).toBe(true);
    // Sent anyway, the extrinsic fails with the pallet's ContractReverted and no balance moves.
    await expect(send(token.contract, bob, "transfer", [charlie.address, 1001n * UNIT])).rejects.toThrow(
      /ContractReverted/,
    );
    expect(await ask("balance_of", bob.address)).toEqual(ok(prim(1000n * UNIT)));
  });

  it("approve sets an allowance (Approval event); transfer_from spends it", async () => {
    const a = await send(token.contract, alice, "approve", [charlie.address, 50n * UNIT]);
    expect(a.events).toEqual([
      { name: "Approval", args: { owner: alice.address, spender: charlie.address, value: prim(50n * UNIT) } },
    ]);
    expect(await ask("allowance", alice.address, charlie.address)).toEqual(ok(prim(50n * UNIT)));
    const t = await send(token.contract, charlie, "transfer_from", [alice.address, bob.address, 20n * UNIT]);
    expect(t.dry.output).toEqual(okUnit);
    expect(t.events).toEqual([
      { name: "Transfer", args: { from: alice.address, to: bob.address, value: prim(20n * UNIT) } },
    ]);
    expect(await ask("allowance", alice.address, charlie.address)).toEqual(ok(prim(30n * UNIT)));
    expect(await ask("balance_of", bob.address)).toEqual(ok(prim(1020n * UNIT)));
  });

  it("transfer_from without (enough) allowance fails with InsufficientAllowance", async () => {
    expect(
      (await query(token.contract, bob.address, "transfer_from", [alice.address, bob.address, 1n])).output,
    ).toEqual(err("InsufficientAllowance"));
    expect(
      (await query(token.contract, charlie.address, "transfer_from", [alice.address, bob.address, 31n * UNIT])).output,
    ).toEqual(err("InsufficientAllowance"));
  });

  it("transfer_from with allowance but not enough balance fails with InsufficientBalance", async () => {
    await send(token.contract, bob, "approve", [charlie.address, SUPPLY]);
    expect(
      (await query(token.contract, charlie.address, "transfer_from", [bob.address, charlie.address, 2000n * UNIT]))
        .output,
    ).toEqual(err("InsufficientBalance"));
  });

  it("mint by the owner adds supply and emits a mint Transfer", async () => {
    const r = await send(token.contract, alice, "mint", [charlie.address, 5n * UNIT]);
    expect(r.events).toEqual([{ name: "Transfer", args: { from: null, to: charlie.address, value: prim(5n * UNIT) } }]);
    expect(await ask("total_supply")).toEqual(ok(prim(SUPPLY + 5n * UNIT)));
    expect(await ask("balance_of", charlie.address)).toEqual(ok(prim(5n * UNIT)));
  });

  it("mint by anyone else fails with NotOwner; past 2^128 - 1 with Overflow", async () => {
    expect((await query(token.contract, bob.address, "mint", [bob.address, 1n])).output).toEqual(err("NotOwner"));
    expect((await query(token.contract, alice.address, "mint", [bob.address, (1n << 128n) - 1n])).output).toEqual(
      err("Overflow"),
    );
  });

  it("mint on a token deployed without minting fails with NotMintable", async () => {
    const fixed = await deploy(api, bundle, bob, "new", ["Fixed", "FIX", 0, 100n, false, bob.address]);
    expect((await query(fixed.contract, bob.address, "mintable")).output).toEqual(ok(false));
    expect((await query(fixed.contract, bob.address, "mint", [bob.address, 1n])).output).toEqual(err("NotMintable"));
  });

  it("an unknown selector answers LangError::CouldNotReadInput (0x0101) with the revert flag", async () => {
    expect(await rawCall(api, alice.address, token.address, "0xdeadbeef")).toMatchObject({ flags: 1, data: "0x0101" });
    // Truncated arguments too (what ink! does when the input cannot be decoded).
    expect(await rawCall(api, alice.address, token.address, "0x84a15da1" + "00".repeat(10))).toMatchObject({
      flags: 1,
      data: "0x0101",
    });
  });

  it("refuses value sent to a non-payable message (traps, like ink!)", async () => {
    await expect(query(token.contract, alice.address, "total_supply", [], { value: 1n })).rejects.toThrow(
      /ContractTrapped/,
    );
  });
});
