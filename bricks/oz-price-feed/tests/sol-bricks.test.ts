// The other OpenZeppelin Solidity bricks on the revive dev chain, one instance each: the NFT
// collection, the vesting wallet with cliff, the payment splitter, and the price feed linked to the
// example consumer (bricks/_examples/feed-consumer), whose link is recorded and verified as the
// link step does (setFeed on the consumer, then feed() == the new feed).
import path from "node:path";
import type { ApiPromise } from "@polkadot/api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Hex } from "viem";
import { getDevAccounts, type KeyringPair } from "@/tests/support/chain";
import { closeReviveTestApi, getReviveTestApi } from "@/tests/support/revive-chain";
import { deploy, ensureMapped, loadSolBundle, SolContract, sendValue } from "../../_sol/revive-client";

const ROOT = path.join(import.meta.dirname, "../..");
const bundleOf = (dir: string, name = path.basename(dir)) =>
  loadSolBundle(path.join(ROOT, dir, "dist", `${name}.sol.json`));
const ZERO = "0x0000000000000000000000000000000000000000";
// Each case sends 2–7 transactions (~1 s each on an idle machine); with 7 test runs sharing 2 cores
// one case was measured at over 120 s, so the cases get twice the suite's default.
const SLOW_MACHINE_MS = 240_000;
let api: ApiPromise;
let alice: KeyringPair, bob: KeyringPair, charlie: KeyringPair;
let A: Hex, B: Hex, C: Hex;

beforeAll(async () => {
  api = await getReviveTestApi();
  ({ alice, bob, charlie } = await getDevAccounts());
  [A, B, C] = [await ensureMapped(api, alice), await ensureMapped(api, bob), await ensureMapped(api, charlie)];
});
afterAll(closeReviveTestApi);

async function instance(dir: string, args: readonly unknown[], signer = alice, value = 0n) {
  const bundle = await bundleOf(dir);
  const { address } = await deploy(api, signer, bundle, args, value);
  expect((await api.query.revive.codeInfoOf(bundle.codeHash)).isSome).toBe(true);
  return new SolContract(api, bundle.abi, address, alice.address);
}

describe("oz-nft-collection", { timeout: SLOW_MACHINE_MS }, () => {
  it("mints numbered items for the owner up to the maximum, serves their URIs and moves them", async () => {
    const nft = await instance("oz-nft-collection", ["Founders", "BYF", "https://example.com/nft/", 2n, A]);
    expect([await nft.read("name"), await nft.read("symbol"), await nft.read("maxSupply")]).toEqual([
      "Founders",
      "BYF",
      2n,
    ]);
    await nft.send(alice, "mint", [B]);
    await nft.send(alice, "mint", [A]);
    expect(await nft.read("ownerOf", [1n])).toBe(B);
    expect(await nft.read("totalMinted")).toBe(2n);
    expect(await nft.revertOf(alice, "mint", [A])).toBe("MaxSupplyReached(2)");
    expect(await nft.revertOf(bob, "mint", [B])).toBe(`OwnableUnauthorizedAccount(${B})`);
    expect(await nft.read("tokenURI", [1n])).toBe("https://example.com/nft/1");
    await nft.send(alice, "setBaseURI", ["https://new.example/"]);
    expect(await nft.read("tokenURI", [2n])).toBe("https://new.example/2");
    expect(await nft.revertOf(bob, "setBaseURI", ["x"])).toBe(`OwnableUnauthorizedAccount(${B})`);
    expect(await nft.revertOf(alice, "tokenURI", [3n])).toBe("ERC721NonexistentToken(3)");
    await nft.send(bob, "transferFrom", [B, C, 1n]);
    expect(await nft.read("balanceOf", [C])).toBe(1n);
    expect(await nft.revertOf(bob, "transferFrom", [C, B, 1n])).toMatch(/^ERC721InsufficientApproval\(/);
    expect(await nft.read("supportsInterface", ["0x80ac58cd"])).toBe(true); // ERC-721
  });
});

describe("oz-vesting-wallet", { timeout: SLOW_MACHINE_MS }, () => {
  it("vests linearly after the start, with nothing before the cliff, for the beneficiary", async () => {
    const day = 86_400n;
    const wallet = await instance("oz-vesting-wallet", [B, day, 100n * day, 10n * day], alice, 10n ** 18n);
    const start = await wallet.read<bigint>("start");
    expect(await wallet.read("duration")).toBe(100n * day);
    expect(await wallet.read("cliff")).toBe(start + 10n * day);
    expect(await wallet.read("end")).toBe(start + 100n * day);
    expect(await wallet.read("owner")).toBe(B);
    const vested = (t: bigint) => wallet.read<bigint>("vestedAmount", [t]);
    const total = await vested(start + 100n * day);
    expect(total).toBeGreaterThan(0n);
    expect(await vested(start - 1n)).toBe(0n);
    expect(await vested(start + 10n * day - 1n)).toBe(0n); // before the cliff
    expect(await vested(start + 10n * day)).toBe(total / 10n);
    expect(await vested(start + 50n * day)).toBe(total / 2n);
    // The start is a day away: nothing can be released yet, and releasing sends nothing.
    expect(await wallet.read("releasable")).toBe(0n);
    await wallet.send(charlie, "release");
    expect(await wallet.read("released")).toBe(0n);
    expect(await wallet.revertOf(charlie, "transferOwnership", [C])).toBe(`OwnableUnauthorizedAccount(${C})`);
  });

  it("refuses a cliff longer than the vesting period", async () => {
    const bundle = await bundleOf("oz-vesting-wallet");
    await expect(deploy(api, alice, bundle, [B, 0n, 10n, 11n])).rejects.toThrow(/InvalidCliffDuration\(11, 10\)/);
  });
});

describe("oz-payment-splitter", { timeout: SLOW_MACHINE_MS }, () => {
  // One instance for both cases (one deploy per brick keeps the file cheap).
  let split: SolContract;
  it("splits native payments by shares; each payee releases what is due", async () => {
    const bundle = await bundleOf("oz-payment-splitter");
    split = await instance("oz-payment-splitter", [
      [A, B],
      [7_000n, 3_000n],
    ]);
    expect([await split.read("totalShares"), await split.read("payeeCount"), await split.read("payee", [1n])]).toEqual([
      10_000n,
      2n,
      B,
    ]);
    expect(await split.read("shares", [B])).toBe(3_000n);
    const paid = 10n ** 18n;
    await sendValue(api, charlie, split.address, paid);
    expect(await split.read("releasable", [B])).toBe((paid * 3n) / 10n);
    await split.send(charlie, "release", [B]);
    expect(await split.read("released", [B])).toBe((paid * 3n) / 10n);
    expect(await split.read("releasable", [B])).toBe(0n);
    expect(await split.revertOf(charlie, "release", [B])).toBe(`NothingDue(${B})`);
    expect(await split.revertOf(charlie, "release", [C])).toBe(`NotAPayee(${C})`);
    expect(await split.read("totalReleased")).toBe((paid * 3n) / 10n);
    // Bad setups are refused by the constructor, with the reason.
    const refused = (args: readonly unknown[]) => deploy(api, alice, bundle, args);
    await expect(refused([[], []])).rejects.toThrow(/NoPayees\(\)/);
    await expect(refused([[A], [1n, 2n]])).rejects.toThrow(/LengthMismatch\(1, 2\)/);
    await expect(
      refused([
        [A, A],
        [1n, 2n],
      ]),
    ).rejects.toThrow(/DuplicatePayee/);
    await expect(refused([[A], [0n]])).rejects.toThrow(/ZeroShares/);
    await expect(refused([[ZERO], [1n]])).rejects.toThrow(/ZeroAddressPayee\(\)/);
  });

  it("splits an ERC-20 token too (releaseToken)", async () => {
    const token = await instance("oz-erc20-token", ["T", "T", 18, 100n, 0n, false, false, false, A]);
    await token.send(alice, "transfer", [split.address, 100n]);
    expect(await split.read("releasableToken", [token.address, B])).toBe(30n);
    await split.send(charlie, "releaseToken", [token.address, B]);
    expect(await token.read("balanceOf", [B])).toBe(30n);
    expect(await split.revertOf(charlie, "releaseToken", [token.address, B])).toBe(`NothingDue(${B})`);
  });
});

describe("oz-price-feed linked to the example consumer", { timeout: SLOW_MACHINE_MS }, () => {
  it("records the link on the consumer, verifies it, and forwards every report", async () => {
    const consumer = await instance("_examples/feed-consumer", []);
    const feed = await instance("oz-price-feed", ["DOT / USD", 8, [B], consumer.address]);
    // The link step: record (setFeed on the linked contract, by its owner), then verify (feed() == instance).
    expect(await consumer.revertOf(bob, "setFeed", [feed.address])).toBe(`OwnableUnauthorizedAccount(${B})`);
    await consumer.send(alice, "setFeed", [feed.address]);
    expect(await consumer.read("feed")).toBe(feed.address);
    expect([await feed.read("description"), await feed.read("decimals"), await feed.read("consumer")]).toEqual([
      "DOT / USD",
      8,
      consumer.address,
    ]);

    await feed.send(bob, "report", [512_345_678n]);
    expect(await feed.read("latestRound")).toBe(1n);
    expect(await consumer.read("lastValue")).toBe(512_345_678n);
    expect(await consumer.read("lastRound")).toBe(1n);
    // The consumer refuses negative values: the whole report is undone, and the consumer's own error
    // comes back through the feed (so it is decoded with the consumer's errors too).
    const feedAndConsumer = new SolContract(api, [...feed.abi, ...consumer.abi.filter((x) => x.type === "error")], feed.address, alice.address);
    expect(await feedAndConsumer.revertOf(bob, "report", [-1n])).toBe("NegativeValue(-1)");
    expect(await feed.revertOf(charlie, "report", [1n])).toBe(`NotAReporter(${C})`);
    expect(await consumer.revertOf(charlie, "onPrice", [9n, 1n, 0n])).toBe(`NotTheFeed(${C})`);

    await feed.send(alice, "addReporter", [C]);
    expect(await feed.revertOf(alice, "addReporter", [C])).toBe(`AlreadyAReporter(${C})`);
    expect(await feed.revertOf(bob, "addReporter", [A])).toBe(`OwnableUnauthorizedAccount(${B})`);
    await feed.send(charlie, "report", [7n]);
    expect(await consumer.read("lastRound")).toBe(2n);
    await feed.send(alice, "removeReporter", [C]);
    expect(await feed.read("isReporter", [C])).toBe(false);
    expect(await feed.revertOf(alice, "removeReporter", [C])).toBe(`NotAReporter(${C})`);
    const bundle = await bundleOf("oz-price-feed");
    await expect(deploy(api, alice, bundle, ["x", 8, [], consumer.address])).rejects.toThrow(/NoReporters\(\)/);
  });
});
