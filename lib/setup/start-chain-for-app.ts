// Decides where the app's default network lives: an external node (CHAIN_RPC_URL), or the
// embedded dev chain started in this process. Without a chain spec the catalog still runs, and
// the message says exactly what to set.
import type { TServerEnv } from "@/lib/env";
import { startDevChain } from "@/lib/chain/dev-chain";
import { devChainPersistence } from "@/lib/setup/dev-chain-persistence";
import { LOCAL_NETWORK_SLUG } from "@/lib/setup/seed-networks";

export type AppChain = { rpcUrl: string; close: () => Promise<void> };

export async function startChainForApp(env: TServerEnv, log: (s: string) => void): Promise<AppChain> {
  if (env.CHAIN_RPC_URL) {
    log(`Using the external node at ${env.CHAIN_RPC_URL} (CHAIN_RPC_URL).`);
    return { rpcUrl: env.CHAIN_RPC_URL, close: async () => {} };
  }
  const local = `ws://127.0.0.1:${env.DEV_CHAIN_PORT}`;
  try {
    const started = Date.now();
    const chain = await startDevChain({
      port: env.DEV_CHAIN_PORT,
      specPath: env.DEV_CHAIN_SPEC,
      forkUrl: env.DEV_CHAIN_FORK_URL,
      log,
      ...devChainPersistence(env, LOCAL_NETWORK_SLUG),
    });
    log(`Dev chain ready at ${chain.wsUrl} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return { rpcUrl: chain.wsUrl, close: () => chain.close() };
  } catch (error) {
    log(`The local dev chain did not start: ${error instanceof Error ? error.message : String(error)}`);
    log("The catalog works without it; deploying needs a chain.");
    return { rpcUrl: local, close: async () => {} };
  }
}
