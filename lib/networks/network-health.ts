// Is a network reachable, and how old is its last block? Read through the shared connection pool
// with a short timeout, remembered for a few seconds so a page listing networks stays fast, and
// stored on the row (lastBlockNumber / lastBlockAt / lastCheckError) for pages that only read.
// A different genesis hash at the same URL marks the network changed: deploys wait for an admin.
import "server-only";
import { getChainApi } from "@/lib/chain/api-pool";
import { db } from "@/lib/db";

export type THealth = {
  reachable: boolean;
  lastBlockNumber: number | null;
  lastBlockAt: Date | null;
  /** Plain sentence when not reachable. */
  error: string | null;
  genesisChanged: boolean;
  checkedAt: Date;
};

type TNet = { id: string; rpcUrl: string; name: string; genesisHash: string | null };

const TTL_MS = 15_000;
const cache = new Map<string, { at: number; health: Promise<THealth> }>();

// 8 s: a busy dev chain (it executes the runtime in wasm) can take seconds to answer, and a false
// "not reachable" would hide a working network from the deploy form.
export function networkHealth(network: TNet, { timeoutMs = 8_000, fresh = false } = {}): Promise<THealth> {
  const hit = cache.get(network.id);
  if (!fresh && hit && Date.now() - hit.at < TTL_MS) return hit.health;
  const health = readHealth(network, timeoutMs);
  cache.set(network.id, { at: Date.now(), health });
  return health;
}

async function readHealth(network: TNet, timeoutMs: number): Promise<THealth> {
  const checkedAt = new Date();
  try {
    const api = await getChainApi(network.rpcUrl, { networkName: network.name, timeoutMs });
    const [header, genesis] = await withTimeout(
      Promise.all([api.rpc.chain.getHeader(), api.rpc.chain.getBlockHash(0)]),
      timeoutMs,
    );
    const now = api.query.timestamp?.now
      ? Number((await withTimeout(api.query.timestamp.now(), timeoutMs)).toString())
      : 0;
    const health: THealth = {
      reachable: true,
      lastBlockNumber: header.number.toNumber(),
      lastBlockAt: now > 0 ? new Date(now) : null,
      error: null,
      genesisChanged: Boolean(network.genesisHash && genesis.toHex() !== network.genesisHash),
      checkedAt,
    };
    await db.network.update({
      where: { id: network.id },
      data: {
        lastCheckedAt: checkedAt,
        lastCheckError: null,
        lastBlockNumber: health.lastBlockNumber,
        lastBlockAt: health.lastBlockAt,
        ...(health.genesisChanged ? { changedGenesisHash: genesis.toHex(), genesisChangedAt: checkedAt } : {}),
      },
    });
    return health;
  } catch (error) {
    const message = `Not reachable right now (${error instanceof Error ? error.message.replace(/\s*\(for the local dev chain.*$/, "") : "no answer"}).`;
    await db.network
      .update({ where: { id: network.id }, data: { lastCheckedAt: checkedAt, lastCheckError: message } })
      .catch(() => {});
    return {
      reachable: false,
      lastBlockNumber: null,
      lastBlockAt: null,
      error: message,
      genesisChanged: false,
      checkedAt,
    };
  }
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    p,
    new Promise<never>(
      (_, reject) => (timer = setTimeout(() => reject(new Error(`no answer within ${ms / 1000} s`)), ms)),
    ),
  ]).finally(() => clearTimeout(timer));
}

/** "12 s ago", "3 min ago" — for people, not machines. */
export function describeAge(at: Date | null, now = new Date()): string {
  if (!at) return "time unknown";
  const s = Math.max(0, Math.round((now.getTime() - at.getTime()) / 1000));
  if (s < 60) return `${s} s ago`;
  if (s < 3600) return `${Math.round(s / 60)} min ago`;
  if (s < 86_400) return `${Math.round(s / 3600)} h ago`;
  return `${Math.round(s / 86_400)} days ago`;
}
