// The second network of `npm start`: a local pallet-revive chain (Solidity, ink! v6) beside the
// pallet-contracts one. Optional: when its spec is missing or it fails, the app runs without it and
// the log says what to set.
import type { TServerEnv } from "@/lib/env";
import { resolveReviveChainSpec, startDevChain } from "@/lib/chain/dev-chain";
import { devChainPersistence } from "@/lib/setup/dev-chain-persistence";
import { LOCAL_REVIVE_NETWORK_SLUG } from "@/lib/setup/seed-networks";

export type TReviveAppChain = {
  rpcUrl: string;
  /** Read from the chain's registry (null for an external node: the network keeps its seeded values). */
  token: { symbol: string; decimals: number; ss58Prefix: number } | null;
  close: () => Promise<void>;
};

export async function startReviveChainForApp(
  env: TServerEnv,
  log: (s: string) => void,
): Promise<TReviveAppChain | null> {
  if (env.REVIVE_CHAIN_RPC_URL) {
    log(`Using the external revive node at ${env.REVIVE_CHAIN_RPC_URL} (REVIVE_CHAIN_RPC_URL).`);
    return { rpcUrl: env.REVIVE_CHAIN_RPC_URL, token: null, close: async () => {} };
  }
  try {
    const specPath = resolveReviveChainSpec(env);
    const started = Date.now();
    // Its blocks go to their own file (data/chains/local-revive.sqlite) and resume like the
    // pallet-contracts chain's; --fresh / DEV_CHAIN_FRESH starts both from genesis.
    const kept = devChainPersistence(env, LOCAL_REVIVE_NETWORK_SLUG, process.argv, false);
    const chain = await startDevChain({
      port: env.DEV_REVIVE_CHAIN_PORT,
      specPath,
      log: (s) => log(`Revive chain: ${s}`),
      ...kept,
    });
    const registry = (await chain.chain.head.meta).registry;
    log(`Revive dev chain ready at ${chain.wsUrl} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return {
      rpcUrl: chain.wsUrl,
      token: {
        symbol: registry.chainTokens[0] ?? "UNIT",
        decimals: registry.chainDecimals[0] ?? 18,
        ss58Prefix: registry.chainSS58 ?? 42,
      },
      close: () => chain.close(),
    };
  } catch (error) {
    log(`The local revive chain did not start: ${error instanceof Error ? error.message : String(error)}`);
    log("Everything else runs without it; Solidity and ink! v6 bricks cannot be deployed until it does.");
    return null;
  }
}
