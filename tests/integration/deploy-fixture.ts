// Shared by the deploy-*.test.ts files: a network row on this run's dev chain, the bricks published
// and allowed there, people with real funded keys, a wallet stand-in that signs payloads as
// signer.signPayload does, and a helper that waits for a deployment to reach a state.
import path from "node:path";
import type { ApiPromise } from "@polkadot/api";
import { Keyring } from "@polkadot/keyring";
import type { KeyringPair } from "@polkadot/keyring/types";
import type { SignerPayloadJSON } from "@polkadot/types/types";
import { u8aToHex } from "@polkadot/util";
import { cryptoWaitReady } from "@polkadot/util-crypto";
import { db } from "@/lib/db";
import { loadBrick } from "@/lib/bricks/load-brick";
import { publishSeedBricks } from "@/lib/bricks/publish-seed-bricks";
import { REPO_ROOT } from "@/lib/chain/dev-chain/spec";
import { deploy, readBundle, type Deployed } from "@/bricks/_kit/tests/support/chain";
import { getDevAccounts, nextNonce, sendAndWait } from "@/tests/support/chain";

if (!/\.tmp\//.test(process.env.DATABASE_URL ?? "")) {
  throw new Error(
    `Refusing to run deploy tests against ${process.env.DATABASE_URL ?? "the default database"}: expected a test database under .tmp/.`,
  );
}

export const run = `dep${Date.now().toString(36)}`;
let n = 0;

export const BRICK_DIRS = [
  "bricks/price-feed-oracle",
  "bricks/allowlist-registry",
  "bricks/fungible-token",
  "tests/fixtures/bricks/allowance-token",
];

/** Publishes the bricks (idempotent) and a network on `rpcUrl` they may all be deployed to. */
export async function setupNetwork(rpcUrl: string, slug = `${run}-net${n++}`) {
  const loaded = await Promise.all(BRICK_DIRS.map((d) => loadBrick(path.resolve(REPO_ROOT, d))));
  const bricks = loaded.map((b) => {
    if (!b.ok) throw new Error(`${b.file}: ${b.problems.map((p) => p.message).join("; ")}`);
    return b.brick;
  });
  const network = await db.network.create({
    data: { slug, name: `Test chain ${slug}`, rpcUrl, tokenSymbol: "PAS", decimals: 10, isDevChain: true },
  });
  await publishSeedBricks(db, bricks);
  // Bricks published earlier in this run were allowed on the networks that existed then.
  const versions = await db.brickVersion.findMany({
    where: { brick: { slug: { in: bricks.map((b) => b.manifest.slug) } }, networks: { none: { networkSlug: slug } } },
    select: { id: true },
  });
  await db.brickVersionNetwork.createMany({ data: versions.map((v) => ({ brickVersionId: v.id, networkSlug: slug })) });
  return network;
}

export type Person = { id: string; pair: KeyringPair; address: string };

/** A user with a real sr25519 key; `fund` whole tokens from //Alice (0: an empty account). */
export async function makePerson(api: ApiPromise, name: string, fund = 1_000n): Promise<Person> {
  await cryptoWaitReady();
  const pair = new Keyring({ type: "sr25519", ss58Format: 42 }).addFromUri(`//${run}//${name}//${n++}`);
  const user = await db.user.create({
    data: {
      name,
      accounts: { create: { publicKey: u8aToHex(pair.publicKey), address: pair.address, keyType: "sr25519" } },
    },
  });
  if (fund > 0n) {
    const { alice } = await getDevAccounts();
    const { error } = await sendAndWait(api.tx.balances.transferKeepAlive(pair.address, fund * 10n ** 10n), alice, {
      nonce: await nextNonce(api, alice.address),
    });
    if (error) throw new Error(`funding ${name}: ${error}`);
  }
  return { id: user.id, pair, address: pair.address };
}

export async function makeTeam(owner: Person, others: [Person, string][] = []) {
  return db.team.create({
    data: {
      slug: `${run}-team-${n++}`,
      name: "Deploy team",
      members: {
        create: [{ userId: owner.id, role: "owner" }, ...others.map(([p, role]) => ({ userId: p.id, role }))],
      },
    },
  });
}

/** What a browser wallet's signer.signPayload returns (a typed 0x01… sr25519 signature). */
export function walletSignPayload(api: ApiPromise, pair: KeyringPair, payload: SignerPayloadJSON): string {
  return api.registry.createType("ExtrinsicPayload", payload, { version: payload.version }).sign(pair).signature;
}

/** The example consumer (bricks/_examples/consumer), deployed by `owner`. */
export function deployConsumer(api: ApiPromise, owner: KeyringPair): Promise<Deployed> {
  return deploy(
    api,
    readBundle(path.resolve(REPO_ROOT, "bricks/_examples/consumer/dist/consumer.contract")),
    owner,
    "new",
    [],
  );
}

export function idempotencyKey(): string {
  return `${run}-${n++}-${Math.random().toString(36).slice(2, 12)}`;
}

/** Polls the database until `done(deployment)` or the timeout. */
export async function waitForDeployment(
  id: string,
  done: (d: Awaited<ReturnType<typeof loadDeployment>>) => boolean,
  timeoutMs = 30_000,
) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const d = await loadDeployment(id);
    if (done(d)) return d;
    if (Date.now() > until)
      throw new Error(
        `deployment ${id} stuck at ${d.status}: ${d.events.map((e) => `${e.status}: ${e.detail}`).join(" | ")}`,
      );
    await new Promise((r) => setTimeout(r, 200));
  }
}

export function loadDeployment(id: string) {
  return db.deployment.findUniqueOrThrow({
    where: { id },
    include: { events: { orderBy: { createdAt: "asc" } }, transactions: true, contractEvents: true },
  });
}

export const priceFeedConfig = (reporter: string, consumer: string) => ({
  description: "DOT / USD",
  decimals: 8,
  reporters: [reporter],
  consumer,
});
