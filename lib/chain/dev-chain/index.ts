export { startDevChain, type TDevChain, type TDevChainOptions } from "./start";
export { resolveChainSpec, ChainSpecNotFoundError, DEFAULT_SPEC_RELATIVE, REPO_ROOT } from "./spec";
export { resolveReviveChainSpec, DEFAULT_REVIVE_SPEC_RELATIVE } from "./revive-spec";
