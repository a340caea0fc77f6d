// Where the pallet-revive dev chain's chain spec comes from. Optional: without it the app and the
// pallet-contracts chain run as before, and the log says which variable to set.
import { existsSync } from "node:fs";
import path from "node:path";
import { ChainSpecNotFoundError, REPO_ROOT } from "./spec";

/** The revive spec shipped beside the repository (QF testnet runtime, see ../shared/docs/REVIVE.md). */
export const DEFAULT_REVIVE_SPEC_RELATIVE = "../shared/chain/qf-testnet.raw.json";

const HOW_TO_FIX =
  "Set DEV_REVIVE_CHAIN_SPEC=/path/to/raw-chain-spec.json (a raw chain spec of a chain with pallet-revive) " +
  "to start the local revive chain.";

/** Absolute path of the revive chain spec: DEV_REVIVE_CHAIN_SPEC if set, else the shared QF spec. */
export function resolveReviveChainSpec(
  env: { DEV_REVIVE_CHAIN_SPEC?: string },
  opts: { repoRoot?: string; exists?: (p: string) => boolean } = {},
): string {
  const repoRoot = opts.repoRoot ?? REPO_ROOT;
  const exists = opts.exists ?? existsSync;
  const configured = env.DEV_REVIVE_CHAIN_SPEC?.trim();
  const abs = path.resolve(repoRoot, configured || DEFAULT_REVIVE_SPEC_RELATIVE);
  if (exists(abs)) return abs;
  throw new ChainSpecNotFoundError(
    configured
      ? `DEV_REVIVE_CHAIN_SPEC is set to "${configured}", but there is no file at ${abs}. ${HOW_TO_FIX}`
      : `No chain spec for the local revive chain: ${abs} does not exist. ${HOW_TO_FIX}`,
  );
}
