// The two smart-contract platforms Brickyard deploys to, and how to tell which one a chain runs.
// Shared by the networks service (checking a chain added by URL), the dev chains and the deploy
// path, which picks its adapter from the network's platform.
import type { ApiPromise } from "@polkadot/api";

export const CONTRACT_PLATFORMS = ["contracts", "revive"] as const;
export type TContractPlatform = (typeof CONTRACT_PLATFORMS)[number];

export const PLATFORM_LABELS: Record<TContractPlatform, string> = {
  contracts: "pallet-contracts (ink! v4/v5)",
  revive: "pallet-revive (Solidity, ink! v6)",
};

/**
 * Which contract platform the connected chain runs, read from its runtime APIs (ContractsApi /
 * ReviveApi) with the pallets' transactions as a second sign; null when it has neither.
 */
export function detectPlatform(api: ApiPromise): TContractPlatform | null {
  const calls = api.call as unknown as Record<string, unknown>;
  const tx = api.tx as unknown as Record<string, unknown>;
  if (calls.reviveApi || tx.revive) return "revive";
  if (calls.contractsApi || tx.contracts) return "contracts";
  return null;
}
