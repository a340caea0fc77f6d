// The OpenZeppelin ERC-20 brick on the revive dev chain: every function and failure path, on one
// instance with every option on and one with every option off.
import path from "node:path";
import type { ApiPromise } from "@polkadot/api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Hex } from "viem";
import { getDevAccounts, type KeyringPair } from "@/tests/support/chain";
import { closeReviveTestApi, getReviveTestApi } from "@/tests/support/revive-chain";
import { deploy, ensureMapped, loadSolBundle, SolContract } from "../../_sol/revive-client";

const E18 = 10n ** 18n;
let api: ApiPromise;
let alice: KeyringPair, bob: KeyringPair;
let A: Hex, B: Hex;
let token: SolContract, plain: SolContract;

beforeAll(async () => {
  api = await getReviveTestApi();
  ({ alice, bob } = await getDevAccounts());
  [A, B] = [await ensureMapped(api, alice), await ensureMapped(api, bob)];
  const bundle = await loadSolBundle(path.join(import.meta.dirname, "../dist/oz-erc20-token.sol.json"));
  const all = await deploy(api, alice, bundle, [
    "Brick Credits",
    "BRK",
    18,
    1000n * E18,
    2000n * E18,
    true,
    true,
    true,
    A,
  ]);
  token = new SolContract(api, bundle.abi, all.address, alice.address);
  // The chain stores the code under the bundle's code hash: keccak-256 is what pallet-revive uses.
  expect((await api.query.revive.codeInfoOf(bundle.codeHash)).isSome).toBe(true);
  const none = await deploy(api, alice, bundle, ["Plain", "PLN", 6, 5n * 10n ** 6n, 0n, false, false, false, A]);
  plain = new SolContract(api, bundle.abi, none.address, alice.address);
});
afterAll(closeReviveTestApi);

describe("oz-erc20-token on pallet-revive", () => {
  it("starts with the configured name, symbol, decimals, supply, cap, options and owner", async () => {
    expect(await token.read("name")).toBe("Brick Credits");
    expect(await token.read("symbol")).toBe("BRK");
    expect(await token.read("decimals")).toBe(18);
    expect(await token.read("totalSupply")).toBe(1000n * E18);
    expect(await token.read("balanceOf", [A])).toBe(1000n * E18);
    expect(await token.read("cap")).toBe(2000n * E18);
    expect(await token.read("owner")).toBe(A);
    expect([await token.read("mintable"), await token.read("burnable"), await token.read("pausable")]).toEqual([
      true,
      true,
      true,
    ]);
    expect(await plain.read("cap")).toBe(2n ** 256n - 1n); // 0 in the form = no cap
    expect(await plain.read("decimals")).toBe(6);
  });

  it("transfers, approves and spends an allowance; refuses overspending", async () => {
    await token.send(alice, "transfer", [B, 10n * E18]);
    expect(await token.read("balanceOf", [B])).toBe(10n * E18);
    expect(await token.revertOf(bob, "transfer", [A, 11n * E18])).toMatch(/^ERC20InsufficientBalance\(/);
    await token.send(alice, "approve", [B, 5n * E18]);
    expect(await token.read("allowance", [A, B])).toBe(5n * E18);
    await token.send(bob, "transferFrom", [A, B, 2n * E18]);
    expect(await token.read("allowance", [A, B])).toBe(3n * E18);
    expect(await token.revertOf(bob, "transferFrom", [A, B, 4n * E18])).toMatch(/^ERC20InsufficientAllowance\(/);
    expect(await token.revertOf(alice, "transfer", ["0x0000000000000000000000000000000000000000", 1n])).toMatch(
      /^ERC20InvalidReceiver\(/,
    );
  });

  it("mints for the owner only, never past the cap", async () => {
    await token.send(alice, "mint", [B, 100n * E18]);
    expect(await token.read("totalSupply")).toBe(1100n * E18);
    expect(await token.revertOf(bob, "mint", [B, 1n])).toBe(`OwnableUnauthorizedAccount(${B})`);
    expect(await token.revertOf(alice, "mint", [B, 901n * E18])).toMatch(/^ERC20ExceededCap\(/);
    expect(await plain.revertOf(alice, "mint", [A, 1n])).toBe("MintingDisabled()");
  });

  it("burns and burns from an allowance; refuses when burning is off", async () => {
    await token.send(bob, "burn", [1n * E18]);
    await token.send(alice, "burnFrom", [B, 0n]);
    await token.send(bob, "approve", [A, 1n * E18]);
    await token.send(alice, "burnFrom", [B, 1n * E18]);
    expect(await token.read("totalSupply")).toBe(1098n * E18);
    expect(await plain.revertOf(alice, "burn", [1n])).toBe("BurningDisabled()");
    expect(await plain.revertOf(alice, "burnFrom", [A, 1n])).toBe("BurningDisabled()");
  });

  it("pauses and unpauses (owner only); paused tokens do not move", async () => {
    expect(await token.revertOf(bob, "pause")).toBe(`OwnableUnauthorizedAccount(${B})`);
    await token.send(alice, "pause");
    expect(await token.read("paused")).toBe(true);
    expect(await token.revertOf(alice, "transfer", [B, 1n])).toBe("EnforcedPause()");
    expect(await token.revertOf(alice, "pause")).toBe("EnforcedPause()");
    await token.send(alice, "unpause");
    expect(await token.revertOf(alice, "unpause")).toBe("ExpectedPause()");
    await token.send(alice, "transfer", [B, 1n]);
    expect(await plain.revertOf(alice, "pause")).toBe("PausingDisabled()");
    expect(await plain.revertOf(alice, "unpause")).toBe("PausingDisabled()");
  });

  it("hands over and renounces ownership", async () => {
    expect(await plain.revertOf(bob, "transferOwnership", [B])).toBe(`OwnableUnauthorizedAccount(${B})`);
    await plain.send(alice, "transferOwnership", [B]);
    expect(await plain.read("owner")).toBe(B);
    await plain.send(bob, "renounceOwnership");
    expect(await plain.read("owner")).toBe("0x0000000000000000000000000000000000000000");
  });
});
