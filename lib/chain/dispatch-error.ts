// pallet-contracts and runtime errors in words a builder can act on. Used for dry-runs (before
// signing) and for failed transactions (after), so both say the same thing.
import type { Registry } from "@polkadot/types/types";

export type TChainError = { code: string; message: string };

const WORDS: Record<string, string> = {
  "contracts.StorageDepositNotEnoughFunds":
    "Your account does not have enough free balance to pay the storage deposit for the new contract.",
  "contracts.StorageDepositLimitExhausted":
    "The storage deposit needed is higher than the limit set for this transaction.",
  "contracts.ContractTrapped":
    "The contract stopped with an error while running (it trapped). Check the values you entered.",
  "contracts.OutOfGas": "The transaction ran out of gas before the contract finished.",
  "contracts.CodeRejected":
    "The network refused the contract's code (it breaks one of the network's rules for contract code).",
  "contracts.CodeNotFound": "The contract's code is not stored on this network.",
  "contracts.DuplicateContract":
    "A contract already exists at the address this deployment would create: it was already deployed.",
  "contracts.ContractNotFound": "There is no contract at this address.",
  "contracts.ContractReverted": "The contract refused the call (it reverted).",
  "contracts.TransferFailed": "A transfer of funds made by the contract failed.",
  "contracts.CodeTooLarge": "The contract's code is too large for this network.",
  "contracts.MaxCallDepthReached": "The contract called other contracts too deeply.",
  "contracts.ReentranceDenied": "The contract tried to call back into a contract that is already running.",
  // Seen with the ink! 6.0.0-alpha erc20 on a stable2603 runtime: its code imports hash_blake2_256,
  // a host function pallet-revive has since dropped, so the upload itself is refused.
  "revive.CodeRejected":
    "The network refused the contract's code: it was built for another version of pallet-revive (it uses host functions this network does not offer). The contract must be rebuilt with a compiler that matches the network.",
  "balances.InsufficientBalance": "Your account does not have enough balance.",
  "Token.FundsUnavailable": "Your account does not have enough free balance.",
  "Token.BelowMinimum": "The amount would leave an account below the network's minimum balance.",
};

/** "contracts.OutOfGas" → words; unknown errors keep their name and the runtime's own docs. */
export function explainChainError(code: string, docs: string[] = []): TChainError {
  const words = WORDS[code] ?? (docs.length ? `${docs.join(" ").trim()} (${code})` : `The network reported ${code}.`);
  return { code, message: words };
}

type DispatchErrorLike = {
  isModule: boolean;
  asModule: unknown;
  isToken?: boolean;
  asToken?: { type: string };
  type: string;
  toString(): string;
};

/** A DispatchError (from a dry-run or an ExtrinsicFailed event), named and in words. */
export function describeDispatchError(registry: Registry, error: DispatchErrorLike): TChainError {
  if (error.isModule) {
    try {
      const { section, name, docs } = registry.findMetaError(
        error.asModule as Parameters<Registry["findMetaError"]>[0],
      );
      return explainChainError(`${section}.${name}`, docs);
    } catch {
      return explainChainError(`module error ${error.toString()}`);
    }
  }
  if (error.isToken && error.asToken) return explainChainError(`Token.${error.asToken.type}`);
  return explainChainError(error.type ?? error.toString());
}

/** Errors a transaction pool gives at submission ("1010: Invalid Transaction: Inability to pay some fees …"). */
export function explainPoolError(message: string): string {
  if (/pay some fees|balance too low/i.test(message))
    return "Your account cannot pay the transaction fee: its balance is too low.";
  if (/\bstale\b|outdated/i.test(message))
    return "The transaction is out of date: your account sent another transaction with the same number (nonce) first.";
  if (/bad ?proof|bad signature/i.test(message))
    return "The signature does not match the transaction (was it signed by another account?).";
  if (/ancient ?birth|transaction has expired|\bexpired\b/i.test(message))
    return "The transaction expired before it reached the network.";
  if (/already imported|temporarily banned/i.test(message)) return "The network already has this transaction.";
  return `The network refused the transaction: ${message.replace(/^\d+:\s*/, "")}`;
}
