// Long-lived @polkadot/api connections for the server, one per RPC URL: dry-runs, deploys and the
// deployment tracker share them (metadata is fetched once, not per request). A connection that
// fails to open is forgotten, so the next call tries again; a dropped one reconnects by itself
// (WsProvider), and calls made while it is down fail fast with CHAIN_UNAVAILABLE.
import "server-only";
import type { ApiPromise } from "@polkadot/api";
import { AppError } from "@/lib/errors";
import { connectApi, disconnectApi } from "./connect";

type Pool = Map<string, Promise<ApiPromise>>;
const g = globalThis as unknown as { brickyardApiPool?: Pool };
const pool: Pool = (g.brickyardApiPool ??= new Map());

/** The shared connection to `rpcUrl`, opened on first use. */
export async function getChainApi(
  rpcUrl: string,
  opts: { networkName?: string; timeoutMs?: number } = {},
): Promise<ApiPromise> {
  let pending = pool.get(rpcUrl);
  if (!pending) {
    pending = connectApi(rpcUrl, { timeoutMs: opts.timeoutMs ?? 10_000 });
    pool.set(rpcUrl, pending);
    pending.catch(() => pool.get(rpcUrl) === pending && pool.delete(rpcUrl));
  }
  const api = await pending;
  if (!api.isConnected) {
    throw new AppError("CHAIN_UNAVAILABLE", {
      userMessage: `${opts.networkName ?? "The network"} is not reachable right now (the connection dropped). Try again in a moment.`,
    });
  }
  return api;
}

/** Closes every pooled connection (tests, scripts, shutdown). */
export async function closeChainApis(): Promise<void> {
  const all = [...pool.values()];
  pool.clear();
  await Promise.all(all.map(async (p) => disconnectApi(await p.catch(() => undefined))));
}
