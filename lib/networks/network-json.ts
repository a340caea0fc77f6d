// What the REST API answers for a network (dates as ISO strings, no internal ids).
import type { THealth } from "./network-health";

type TRow = {
  slug: string;
  name: string;
  rpcUrl: string;
  platform: string;
  genesisHash: string | null;
  chainName: string | null;
  specName: string | null;
  specVersion: number | null;
  tokenSymbol: string;
  decimals: number;
  ss58Prefix: number;
  protected: boolean;
  isDevChain: boolean;
  enabled: boolean;
  disabledAt: Date | null;
  explorerAccountUrl: string | null;
  explorerTxUrl: string | null;
  explorerBlockUrl: string | null;
  faucetUrl: string | null;
  genesisChangedAt: Date | null;
  changedGenesisHash: string | null;
  lastCheckedAt: Date | null;
  lastCheckError: string | null;
  lastBlockNumber: number | null;
  lastBlockAt: Date | null;
};

export function networkJson(n: TRow, extra: { health?: THealth | null; deployments?: number; notes?: string[] } = {}) {
  return {
    slug: n.slug,
    name: n.name,
    rpcUrl: n.rpcUrl,
    platform: n.platform,
    genesisHash: n.genesisHash,
    chainName: n.chainName,
    runtime: n.specName ? { specName: n.specName, specVersion: n.specVersion } : null,
    token: { symbol: n.tokenSymbol, decimals: n.decimals },
    ss58Prefix: n.ss58Prefix,
    protected: n.protected,
    isDevChain: n.isDevChain,
    enabled: n.enabled,
    disabledAt: n.disabledAt?.toISOString() ?? null,
    explorer: { account: n.explorerAccountUrl, transaction: n.explorerTxUrl, block: n.explorerBlockUrl },
    faucetUrl: n.faucetUrl,
    genesisChange: n.genesisChangedAt
      ? { foundAt: n.genesisChangedAt.toISOString(), newGenesisHash: n.changedGenesisHash }
      : null,
    lastCheck: {
      at: n.lastCheckedAt?.toISOString() ?? null,
      error: n.lastCheckError,
      blockNumber: n.lastBlockNumber,
      blockAt: n.lastBlockAt?.toISOString() ?? null,
    },
    ...(extra.health
      ? {
          health: {
            reachable: extra.health.reachable,
            lastBlockNumber: extra.health.lastBlockNumber,
            lastBlockAt: extra.health.lastBlockAt?.toISOString() ?? null,
            error: extra.health.error,
          },
        }
      : {}),
    ...(extra.deployments !== undefined ? { deployments: extra.deployments } : {}),
    ...(extra.notes ? { notes: extra.notes } : {}),
  };
}
