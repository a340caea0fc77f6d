// Where the dev chain's chain spec comes from. A fresh clone without ../shared must get a message
// that says exactly which variable to set, not a stack trace from deep inside chopsticks.
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root (this file lives in lib/chain/dev-chain/), independent of the cwd. */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");

/** The spec shipped beside the repository for development and CI. */
export const DEFAULT_SPEC_RELATIVE = "../shared/chain/pop-paseo.raw.json";

export class ChainSpecNotFoundError extends Error {
  override name = "ChainSpecNotFoundError";
}

const HOW_TO_FIX = [
  "Set one of these (in .env.local or the shell):",
  "  DEV_CHAIN_SPEC=/path/to/raw-chain-spec.json   a raw chain spec of a chain with pallet-contracts",
  "  DEV_CHAIN_FORK_URL=wss://…                    to fork a live pallet-contracts network instead",
  "  CHAIN_RPC_URL=wss://…                         to use an external node without a local chain",
].join("\n");

export type TChainSpecEnv = { DEV_CHAIN_SPEC?: string };

/**
 * Returns the absolute path of the raw chain spec: DEV_CHAIN_SPEC if set, else
 * ../shared/chain/pop-paseo.raw.json next to the repository. Throws ChainSpecNotFoundError otherwise.
 */
export function resolveChainSpec(
  env: TChainSpecEnv,
  opts: { repoRoot?: string; exists?: (p: string) => boolean } = {},
): string {
  const repoRoot = opts.repoRoot ?? REPO_ROOT;
  const exists = opts.exists ?? existsSync;
  const configured = env.DEV_CHAIN_SPEC?.trim();
  if (configured) {
    const abs = path.resolve(repoRoot, configured);
    if (exists(abs)) return abs;
    throw new ChainSpecNotFoundError(
      `DEV_CHAIN_SPEC is set to "${configured}", but there is no file at ${abs}.\n${HOW_TO_FIX}`,
    );
  }
  const fallback = path.resolve(repoRoot, DEFAULT_SPEC_RELATIVE);
  if (exists(fallback)) return fallback;
  throw new ChainSpecNotFoundError(
    `No chain spec for the local dev chain: DEV_CHAIN_SPEC is not set and ${fallback} does not exist.\n${HOW_TO_FIX}`,
  );
}
