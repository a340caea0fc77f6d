// npm run bricks:measure-solidity [-- ws://… [slug…]]: deploys each Solidity brick once on a pallet-revive
// chain (default: the local revive dev chain on DEV_REVIVE_CHAIN_PORT, as `npm start` runs it) and
// measures code size, deploy weight and storage deposit, and one typical call; writes the table
// into each brick's README between the "measured" markers.
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import type { ApiPromise } from "@polkadot/api";
import { connectApi, disconnectApi } from "@/lib/chain/connect";
import { getDevAccounts } from "@/lib/chain/dev-accounts";
import { deploy, ensureMapped, loadSolBundle, SolContract, type Deployed } from "../bricks/_sol/revive-client";

const ROOT = path.resolve(import.meta.dirname, "..", "bricks");
const url = process.argv[2] ?? `ws://127.0.0.1:${process.env.DEV_REVIVE_CHAIN_PORT ?? 9945}`;
const api: ApiPromise = await connectApi(url, { timeoutMs: 30_000 });
const { alice, bob } = await getDevAccounts();
const [A, B] = [await ensureMapped(api, alice), await ensureMapped(api, bob)];
const decimals = api.registry.chainDecimals[0];
const symbol = api.registry.chainTokens[0];
const tokens = (v: bigint) =>
  `${(Number(v) / 10 ** decimals).toLocaleString("en-US", { maximumFractionDigits: 4 })} ${symbol}`;
const gas = (g: { refTime: bigint; proofSize: bigint }) =>
  `${(Number(g.refTime) / 1e9).toFixed(2)} G refTime, ${(Number(g.proofSize) / 1024).toFixed(1)} KiB proof`;

type Plan = {
  slug: string;
  args: () => readonly unknown[];
  call: (
    c: SolContract,
    consumer?: SolContract,
  ) => Promise<{ label: string; g: { refTime: bigint; proofSize: bigint }; deposit: bigint }>;
};
const consumerBundle = await loadSolBundle(path.join(ROOT, "_examples/feed-consumer/dist/feed-consumer.sol.json"));
const consumer = new SolContract(
  api,
  consumerBundle.abi,
  (await deploy(api, alice, consumerBundle, [])).address,
  alice.address,
);
const plans: Plan[] = [
  {
    slug: "oz-erc20-token",
    args: () => ["Brick Credits", "BRK", 18, 10n ** 24n, 0n, true, true, true, A],
    call: async (c) => ({ label: "transfer", ...(await sent(c.send(alice, "transfer", [B, 10n ** 18n]))) }),
  },
  {
    slug: "oz-nft-collection",
    args: () => ["Founders", "BYF", "https://example.com/nft/", 0n, A],
    call: async (c) => ({ label: "mint", ...(await sent(c.send(alice, "mint", [B]))) }),
  },
  {
    slug: "oz-vesting-wallet",
    args: () => [B, 0n, 365n * 86_400n, 30n * 86_400n],
    call: async (c) => ({ label: "release", ...(await sent(c.send(alice, "release"))) }),
  },
  {
    slug: "oz-payment-splitter",
    args: () => [
      [A, B],
      [6_000n, 4_000n],
    ],
    call: async (c) => ({ label: "releasable (read)", ...(await dryRead(c, "releasable", [B])) }),
  },
  {
    slug: "oz-price-feed",
    args: () => ["DOT / USD", 8, [A], consumer.address],
    call: async (c) => {
      await consumer.send(alice, "setFeed", [c.address]);
      return { label: "report (forwarded to the consumer)", ...(await sent(c.send(alice, "report", [512_345_678n]))) };
    },
  },
];
async function sent(p: Promise<{ gas: { refTime: bigint; proofSize: bigint }; deposit: bigint }>) {
  const r = await p;
  return { g: r.gas, deposit: r.deposit };
}
async function dryRead(c: SolContract, fn: string, args: unknown[]) {
  const { readContractResult } = await import("@/lib/chain/platforms/revive/read-contract-result");
  const { encodeFunctionData } = await import("viem");
  const data = encodeFunctionData({ abi: c.abi, functionName: fn, args } as Parameters<typeof encodeFunctionData>[0]);
  const r = readContractResult(await api.call.reviveApi.call(alice.address, c.address, 0, null, null, data), String);
  return { g: r.weightRequired, deposit: r.storageDeposit };
}

const only = process.argv.slice(3);
for (const plan of plans.filter((p) => !only.length || only.includes(p.slug))) {
  const bundle = await loadSolBundle(path.join(ROOT, plan.slug, "dist", `${plan.slug}.sol.json`));
  const d: Deployed = await deploy(api, alice, bundle, plan.args());
  const c = new SolContract(api, bundle.abi, d.address, alice.address);
  const call = await plan.call(c);
  const table = [
    "<!-- measured:start (npm run bricks:measure-solidity) -->",
    "| What | Measured |",
    "| --- | --- |",
    `| Code size (PolkaVM, resolc ${bundle.compiler.resolc}) | ${bundle.wasm.length.toLocaleString("en-US")} bytes |`,
    `| Deploy (upload + instantiate) | ${gas(d.gas)} |`,
    `| Deploy storage deposit | ${tokens(d.deposit)} |`,
    `| Call: ${call.label} | ${gas(call.g)}, deposit ${tokens(call.deposit)} |`,
    `<!-- measured:end; local revive dev chain (QF runtime), ${new Date().toISOString().slice(0, 10)} -->`,
  ].join("\n");
  const readme = path.join(ROOT, plan.slug, "README.md");
  const text = await readFile(readme, "utf8");
  const next = /<!-- measured:start[\s\S]*?<!-- measured:end[^>]*-->/.test(text)
    ? text.replace(/<!-- measured:start[\s\S]*?<!-- measured:end[^>]*-->/, table)
    : `${text.trimEnd()}\n\n${table}\n`;
  await writeFile(readme, next);
  console.log(`✓ ${plan.slug}\n${table}\n`);
}
await disconnectApi(api);
