// Browser-only: a wallet request (connect, sign, metadata) waits on a person and a popup. A popup
// closed without an answer never settles the promise, so every wait can be cancelled from the page.
import { WalletError } from "@/lib/wallet/extension";

/** How long the page waits before it offers "Cancel" next to a pending wallet request. */
export const OFFER_CANCEL_AFTER_MS = 15_000;

/** `request`, or a "cancelled" WalletError as soon as `signal` aborts (the request itself is abandoned). */
export function waitForWallet<T>(request: Promise<T>, signal?: AbortSignal): Promise<T> {
  if (!signal) return request;
  if (signal.aborted) return Promise.reject(cancelled());
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(cancelled());
    signal.addEventListener("abort", onAbort, { once: true });
    request.then(
      (v) => (signal.removeEventListener("abort", onAbort), resolve(v)),
      (e) => (signal.removeEventListener("abort", onAbort), reject(e)),
    );
  });
}

function cancelled() {
  return new WalletError(
    "cancelled",
    "You stopped waiting for your wallet. Nothing was signed. If its window is still open, close it there.",
  );
}
