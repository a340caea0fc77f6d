// Browser-only: talks to injected wallets (Polkadot.js, Talisman, SubWallet …) through
// @polkadot/extension-dapp. The library is imported inside the functions, so it lands in its own
// chunk that only the sign-in screen loads. Never import server modules from here.
import { stringToHex } from "@polkadot/util";

export const APP_NAME = "Brickyard";

export type WalletAccount = { address: string; name: string | null; source: string; type: string | null };

// "refused": a wallet is installed but did not let this site connect; "cancelled": the person
// stopped waiting for the wallet from the page.
export type WalletErrorKind = "no-wallet" | "refused" | "no-accounts" | "rejected" | "cancelled" | "failed";

export class WalletError extends Error {
  constructor(
    readonly kind: WalletErrorKind,
    message: string,
  ) {
    super(message);
  }
}

const WALLET_NAMES: Record<string, string> = {
  "polkadot-js": "Polkadot.js",
  talisman: "Talisman",
  "subwallet-js": "SubWallet",
  "nova-wallet": "Nova Wallet",
  enkrypt: "Enkrypt",
};

export function walletName(source: string): string {
  return WALLET_NAMES[source] ?? source;
}

/** Names of the wallets that added themselves to this page (whether or not they let us connect). */
export function installedWallets(): string[] {
  const w = globalThis as { injectedWeb3?: Record<string, unknown> };
  return Object.keys(w.injectedWeb3 ?? {});
}

/**
 * Connecting: web3Enable swallows each wallet's error, so "none answered" is told apart here:
 * nothing installed, or installed wallets that refused (the person pressed Reject, or the site is
 * blocked in the wallet's settings).
 */
export function noWalletError(): WalletError {
  const installed = installedWallets();
  if (installed.length === 0) {
    return new WalletError(
      "no-wallet",
      "No Polkadot wallet answered. Install one, or allow Brickyard in your wallet, then try again.",
    );
  }
  const names = installed.map(walletName).join(", ");
  return new WalletError(
    "refused",
    `${names} did not let Brickyard connect: the request was refused. If that was not you, open ${names}, find this site under its website access settings, allow it, then try again.`,
  );
}

/** Asks every injected wallet for access and lists the accounts they share (generic SS58 prefix). */
export async function connectWallets(signal?: AbortSignal): Promise<WalletAccount[]> {
  const { web3Accounts, web3Enable } = await import("@polkadot/extension-dapp");
  const { waitForWallet } = await import("@/lib/wallet/wait-for-wallet");
  const extensions = await waitForWallet(web3Enable(APP_NAME), signal);
  if (extensions.length === 0) throw noWalletError();
  const accounts = (await web3Accounts({ ss58Format: 42 }))
    // Ethereum-style (20-byte) accounts cannot sign in to a Substrate account.
    .filter((a) => !a.type || ["sr25519", "ed25519", "ecdsa"].includes(a.type))
    .map((a) => ({ address: a.address, name: a.meta.name ?? null, source: a.meta.source, type: a.type ?? null }));
  if (accounts.length === 0) {
    const names = extensions.map((e) => walletName(e.name)).join(", ");
    throw new WalletError(
      "no-accounts",
      `${names} shares no Polkadot accounts with this site. Create or import an account, or allow one for Brickyard.`,
    );
  }
  return accounts;
}

export function isRejection(error: unknown): boolean {
  const text = error instanceof Error ? error.message : String(error);
  return /cancel|reject|denied|declin|user closed/i.test(text);
}

/** Has the account's wallet sign `message` with signRaw; the wallet wraps it in <Bytes>…</Bytes>. */
export async function signMessage(
  account: WalletAccount,
  message: string,
  signal?: AbortSignal,
): Promise<`0x${string}`> {
  const { web3FromSource } = await import("@polkadot/extension-dapp");
  const { waitForWallet } = await import("@/lib/wallet/wait-for-wallet");
  const injected = await web3FromSource(account.source);
  if (!injected.signer.signRaw) {
    throw new WalletError("failed", `${walletName(account.source)} cannot sign messages. Try another wallet.`);
  }
  try {
    const { signature } = await waitForWallet(
      injected.signer.signRaw({ address: account.address, data: stringToHex(message), type: "bytes" }),
      signal,
    );
    return signature;
  } catch (error) {
    if (error instanceof WalletError) throw error;
    if (isRejection(error))
      throw new WalletError("rejected", "You cancelled the signature in your wallet. Nothing was signed.");
    throw new WalletError(
      "failed",
      `${walletName(account.source)} could not sign: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}
