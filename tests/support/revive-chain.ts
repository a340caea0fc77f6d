// Helpers for integration tests on the pallet-revive dev chain started by the global setup.
import type { ApiPromise } from "@polkadot/api";
import { inject } from "vitest";
import { connectApi, disconnectApi } from "@/lib/chain/connect";

/** ws:// URL of this run's revive chain; throws with what to set when there is none. */
export function testReviveChainWs(): string {
  const url = inject("reviveChainWs") ?? process.env.TEST_REVIVE_CHAIN_WS;
  if (!url) {
    throw new Error(
      "No revive dev chain in this run: set DEV_REVIVE_CHAIN_SPEC to a raw chain spec with pallet-revive (default ../shared/chain/qf-testnet.raw.json).",
    );
  }
  return url;
}

let api: Promise<ApiPromise> | undefined;

/** One connection to the revive chain per test file. Close it in afterAll. */
export function getReviveTestApi(): Promise<ApiPromise> {
  api ??= connectApi(testReviveChainWs(), { timeoutMs: 30_000 });
  return api;
}

export async function closeReviveTestApi(): Promise<void> {
  const pending = api;
  api = undefined;
  if (pending) await disconnectApi(await pending.catch(() => undefined));
}
