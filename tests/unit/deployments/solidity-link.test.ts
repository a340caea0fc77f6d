// The link step of a Solidity brick on the user's own contract (bricks/oz-price-feed → a consumer):
// the contract-address format on each platform, link.interface checked by bricks:check, and the
// codec's calls on the linked contract (setFeed / feed encoded by viem from the declared signatures,
// the live check's probes and their verdicts, the proof's answer compared as an address).
import { readFile } from "node:fs/promises";
import path from "node:path";
import { Keyring } from "@polkadot/keyring";
import { cryptoWaitReady } from "@polkadot/util-crypto";
import {
  bytesToHex,
  encodeErrorResult,
  encodeFunctionData,
  encodeFunctionResult,
  parseAbi,
  toFunctionSelector,
} from "viem";
import { beforeAll, describe, expect, it } from "vitest";
import { checkBrick } from "@/lib/bricks/check-brick";
import { contractAddressProblem } from "@/lib/bricks/config-formats";
import { loadBrick } from "@/lib/bricks/load-brick";
import type { SolidityBundle } from "@/lib/bricks/kinds/solidity/parse-bundle";
import type { TManifest } from "@/lib/bricks/manifest-schema";
import type { TDryRun } from "@/lib/chain/dry-run";
import { platformAdapter } from "@/lib/chain/platforms";
import { solidityCodec } from "@/lib/deployments/codec/solidity";
import type { TContractCodec } from "@/lib/deployments/codec";

const BRICK = path.resolve(import.meta.dirname, "../../../bricks/oz-price-feed");
const FEED = "0x5FbDB2315678afecb367f032d93F642f64180aa3";
const CONSUMER = "0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512";
const consumerAbi = parseAbi([
  "function setFeed(address feed_)",
  "function feed() view returns (address)",
  "function onPrice(uint256 roundId, int256 value, uint256 updatedAt)",
  "error OwnableUnauthorizedAccount(address account)",
]);
const answers = { description: "DOT / USD", decimals: 8, reporters: [] as string[], consumer: CONSUMER };
const gas = { refTime: 1n, proofSize: 1n };
const dry = (reverted: boolean, data: `0x${string}`): TDryRun => ({
  ok: true,
  reverted,
  data,
  gas,
  deposit: 0n,
  debug: "",
});

let manifest: TManifest;
let codec: TContractCodec;
let alice: string;

beforeAll(async () => {
  await cryptoWaitReady();
  alice = new Keyring({ type: "sr25519" }).addFromUri("//Alice").address;
  answers.reporters = [alice];
  const loaded = await loadBrick(BRICK);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
  manifest = loaded.brick.manifest;
  codec = solidityCodec(manifest, loaded.brick.bundle as SolidityBundle);
});

describe("a contract address on each platform", () => {
  it("accepts an SS58 account or a 0x H160 in the form, and says what is wrong otherwise", () => {
    expect(contractAddressProblem(alice)).toBeUndefined();
    expect(contractAddressProblem(CONSUMER.toLowerCase())).toBeUndefined();
    expect(contractAddressProblem("0x1234")).toMatch(/exactly 40 more characters/);
    expect(contractAddressProblem("hello")).toMatch(/not a valid contract address/);
  });

  it("pallet-revive takes a checksummed H160 only; pallet-contracts an SS58 address only", () => {
    const revive = platformAdapter("revive");
    expect(revive.contractAddressProblem(CONSUMER, "Local revive chain")).toBeUndefined();
    expect(revive.contractAddressProblem(CONSUMER.toLowerCase(), "Local revive chain")).toBeUndefined();
    const typo = CONSUMER.replace("e7f1", "E7f1");
    expect(revive.contractAddressProblem(typo, "Local revive chain")).toMatch(/typo: .* checksum/);
    expect(revive.contractAddressProblem(alice, "Local revive chain")).toMatch(
      /^Contracts on Local revive chain have Ethereum-style addresses: 0x followed by 40 characters/,
    );
    expect(revive.contractAddressProblem("0xabc", "Local revive chain")).toMatch(
      /^This is not a valid contract address/,
    );
    const contracts = platformAdapter("contracts");
    expect(contracts.contractAddressProblem(alice, "Local dev chain")).toBeUndefined();
    expect(contracts.contractAddressProblem(CONSUMER, "Local dev chain")).toMatch(
      /^Contracts on Local dev chain have SS58 addresses/,
    );
  });
});

describe("link.interface", () => {
  const manifestText = async () => JSON.parse(await readFile(path.join(BRICK, "brick.json"), "utf8"));
  const problemsOf = async (m: Record<string, unknown>) => {
    const bundleText = await readFile(path.join(BRICK, "dist/oz-price-feed.sol.json"), "utf8");
    const r = await checkBrick({
      file: "brick.json",
      manifestText: JSON.stringify({ ...m, description: "x" }),
      read: async (rel) => (rel === m.contract ? bundleText : undefined),
      nameOf: (rel) => rel,
    });
    return r.ok ? [] : r.problems.map((p) => `${p.jsonPath} ${p.message}`);
  };

  it("is required for calls on the user's contract, and must declare each function the link step uses", async () => {
    const m = await manifestText();
    expect(await problemsOf(m)).toEqual([]);
    const without = { ...m, link: { ...m.link, interface: undefined } };
    expect(await problemsOf(without)).toEqual([
      expect.stringMatching(/link\.interface Calls on the user's own contract need its Solidity signatures/),
    ]);
    const short = { ...m, link: { ...m.link, interface: ["function feed() view returns (address)"] } };
    expect(await problemsOf(short)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/requiredMessages.*link\.interface has no function "onPrice"/),
        expect.stringMatching(/link\.record\.message link\.interface has no function "setFeed"/),
      ]),
    );
    const typed = { ...m, link: { ...m.link, interface: ["function setFeed(uint8 feed_)", ...m.link.interface] } };
    expect((await problemsOf(typed)).join("\n")).toMatch(/2 functions named "setFeed"/);
    const broken = { ...m, link: { ...m.link, interface: ["function (("] } };
    expect((await problemsOf(broken)).join("\n")).toMatch(/A signature does not parse/);
  });
});

describe("the codec's calls on the linked contract", () => {
  it("encodes setFeed(instance) and feed() from the declared signatures", () => {
    const ctx = { signer: alice, instance: FEED, linked: CONSUMER };
    const record = codec.encodeCall({ kind: "link-record" }, answers, ctx);
    expect(record).toMatchObject({ label: "setFeed", args: [FEED] });
    expect(bytesToHex(record.data)).toBe(
      encodeFunctionData({ abi: consumerAbi, functionName: "setFeed", args: [FEED] }),
    );
    const verify = codec.encodeCall({ kind: "link-verify" }, answers, ctx);
    expect(bytesToHex(verify.data)).toBe(toFunctionSelector("function feed()"));
    expect(codec.linkExpectation(answers, ctx)).toBe(FEED);
  });

  it("probes each required function with zero arguments, and reads the probe's answer", () => {
    expect(codec.linked.required(["onPrice", "feed"])).toEqual([
      { label: "onPrice", selector: toFunctionSelector("function onPrice(uint256,int256,uint256)") },
      { label: "feed", selector: toFunctionSelector("function feed()") },
    ]);
    expect(bytesToHex(codec.linked.probe("onPrice"))).toBe(
      encodeFunctionData({ abi: consumerAbi, functionName: "onPrice", args: [0n, 0n, 0n] }),
    );
    const refusal = encodeErrorResult({
      abi: consumerAbi,
      errorName: "OwnableUnauthorizedAccount",
      args: [FEED],
    });
    expect(codec.linked.probeVerdict(dry(false, "0x"))).toBe("has");
    expect(codec.linked.probeVerdict(dry(true, refusal))).toBe("has"); // it ran, and refused with a reason
    expect(codec.linked.probeVerdict(dry(true, "0x"))).toBe("missing"); // Solidity's unknown selector
    expect(codec.linked.probeVerdict(dry(true, "0x0101"))).toBe("missing"); // ink!'s CouldNotReadInput
    expect(codec.linked.explainRevert("setFeed", refusal)).toBe(
      `The contract refused: OwnableUnauthorizedAccount (account = ${FEED}).`,
    );
  });

  it("compares feed()'s answer with the instance as an address, whatever its case", () => {
    const answer = encodeFunctionResult({ abi: consumerAbi, functionName: "feed", result: FEED });
    expect(codec.linked.answerIs("feed", answer, FEED.toLowerCase())).toEqual({ ok: true, shown: FEED });
    expect(codec.linked.answerIs("feed", answer, CONSUMER)).toMatchObject({ ok: false, shown: FEED });
    expect(codec.linked.answerIs("feed", "0x", FEED)).toEqual({ ok: false, shown: "0x" });
  });
});
