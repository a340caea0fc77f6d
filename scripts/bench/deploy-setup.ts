// The deploy benchmark's world: a dev chain on a free port, a fresh database with the local
// network and the first-party bricks, and one user (with a personal team) per //bench/N account.
import { rmSync } from "node:fs";
import path from "node:path";
import type { ApiPromise } from "@polkadot/api";
import type { KeyringPair } from "@polkadot/keyring/types";
import type { SignerPayloadJSON } from "@polkadot/types/types";
import { u8aToHex } from "@polkadot/util";
import { startDevChain } from "@/lib/chain/dev-chain";
import { getDevAccounts } from "@/lib/chain/dev-accounts";
import { connectApi } from "@/lib/chain/connect";
import { db } from "@/lib/db";
import { migrateDatabase } from "@/lib/setup/migrate-database";
import { publishBricksFromDirs } from "@/lib/setup/publish-bricks-from-dirs";
import { seedNetworks } from "@/lib/setup/seed-networks";

export const ROOT = path.resolve(import.meta.dirname, "..", "..");

export type BenchUser = { id: string; teamId: string; pair: KeyringPair; address: string };

export async function setupWorld() {
  rmSync(path.join(ROOT, ".tmp", "bench-deploy"), { recursive: true, force: true });
  migrateDatabase(process.env.DATABASE_URL!);
  const chain = await startDevChain({ port: 0 });
  await seedNetworks(db, { rpcUrl: chain.wsUrl });
  await publishBricksFromDirs(db, [path.join(ROOT, "bricks")], () => {});
  const api = await connectApi(chain.wsUrl, { timeoutMs: 30_000 });
  const { bench } = await getDevAccounts();
  const users: BenchUser[] = [];
  for (const [i, pair] of bench.entries()) {
    const user = await db.user.create({
      data: {
        name: `Bench ${i}`,
        accounts: { create: { publicKey: u8aToHex(pair.publicKey), address: pair.address, keyType: "sr25519" } },
      },
    });
    const team = await db.team.create({
      data: { slug: `bench-${i}`, name: `Bench team ${i}`, members: { create: { userId: user.id, role: "owner" } } },
    });
    users.push({ id: user.id, teamId: team.id, pair, address: pair.address });
  }
  return { chain, api, users };
}

/** What a wallet's signer.signPayload returns. */
export function walletSign(api: ApiPromise, pair: KeyringPair, payload: SignerPayloadJSON): string {
  return api.registry.createType("ExtrinsicPayload", payload, { version: payload.version }).sign(pair).signature;
}

let n = 0;
export const tokenInput = (u: BenchUser, name = `Bench token ${n}`) => ({
  brick: "fungible-token",
  version: "1.0.0",
  teamId: u.teamId,
  network: "local-dev",
  name,
  config: { name, symbol: "BNCH", decimals: 6, initialSupply: "1000000" },
  idempotencyKey: `bench-${Date.now().toString(36)}-${n++}-${Math.random().toString(36).slice(2, 10)}`,
});
