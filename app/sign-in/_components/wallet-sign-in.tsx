"use client";
// The wallet sign-in flow: find wallets → choose an account → fetch a one-time message → the
// wallet signs it → next-auth verifies it on the server. Every way this can stop has its own
// screen with plain words and a way forward.
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";
import {
  connectWallets,
  signMessage,
  WalletError,
  walletName,
  type WalletAccount,
  type WalletErrorKind,
} from "@/lib/wallet/extension";
import { AccountPicker } from "@/app/sign-in/_components/account-picker";
import { FailurePanel } from "@/app/sign-in/_components/failure-panel";
import { Panel } from "@/app/sign-in/_components/panel";
import { CancelWalletWait } from "@/app/_components/wallet/cancel-wallet-wait";
import { WhatYourWalletShows } from "@/app/sign-in/_components/what-your-wallet-shows";

type State =
  | { step: "connecting" }
  | { step: "choose"; accounts: WalletAccount[]; error?: string }
  | { step: "signing"; account: WalletAccount; accounts: WalletAccount[] }
  | { step: "verifying"; account: WalletAccount }
  | { step: "done" }
  | { step: "stopped"; kind: WalletErrorKind; message: string; accounts?: WalletAccount[] };

async function fetchMessage(address: string): Promise<string> {
  const res = await fetch("/api/auth/siws/message", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ address }),
  });
  const body = await res.json().catch(() => ({}));
  if (!res.ok)
    throw new WalletError(
      "failed",
      body?.error?.message ?? "The server could not prepare a sign-in message. Please try again.",
    );
  return body.message as string;
}

export function WalletSignIn({ callbackUrl, initialError }: { callbackUrl: string; initialError: string | null }) {
  const router = useRouter();
  const [state, setState] = useState<State>({ step: "connecting" });
  // Aborted by "Cancel": a wallet popup closed without an answer never settles its promise.
  const pending = useRef<AbortController | null>(null);
  const fresh = useCallback(() => {
    pending.current?.abort();
    pending.current = new AbortController();
    return pending.current.signal;
  }, []);
  const cancel = () => pending.current?.abort();

  // Resolves to the next screen; the effect below sets it once the wallets have answered.
  const discover = useCallback(async (): Promise<State> => {
    try {
      const accounts = await connectWallets(fresh());
      return { step: "choose", accounts, error: initialError ?? undefined };
    } catch (error) {
      const e = error instanceof WalletError ? error : new WalletError("failed", String(error));
      return { step: "stopped", kind: e.kind, message: e.message };
    }
  }, [initialError, fresh]);

  useEffect(() => {
    let live = true;
    void discover().then((next) => live && setState(next));
    return () => {
      live = false;
    };
  }, [discover]);

  const reconnect = () => {
    setState({ step: "connecting" });
    void discover().then(setState);
  };

  async function signInWith(account: WalletAccount, accounts: WalletAccount[]) {
    setState({ step: "signing", account, accounts });
    const signal = fresh();
    try {
      const message = await fetchMessage(account.address);
      const signature = await signMessage(account, message, signal);
      setState({ step: "verifying", account });
      const result = await signIn("polkadot", {
        redirect: false,
        address: account.address,
        message,
        signature,
        name: account.name ?? "",
      });
      if (!result || result.error)
        throw new WalletError("failed", result?.error ?? "The server did not answer. Please try again.");
      setState({ step: "done" });
      router.replace(callbackUrl);
      router.refresh();
    } catch (error) {
      // "Choose another account" replaced the request: its rejection is no news.
      if (pending.current?.signal !== signal) return;
      const e =
        error instanceof WalletError
          ? error
          : new WalletError("failed", "Something went wrong while signing in. Please try again.");
      setState({ step: "stopped", kind: e.kind, message: e.message, accounts });
    }
  }

  switch (state.step) {
    case "connecting":
      return (
        <Panel tone="neutral" title="Looking for your wallet…" busy>
          <p>Your wallet may ask whether Brickyard may see your accounts. Allow it to continue.</p>
          <CancelWalletWait onCancel={cancel} />
        </Panel>
      );
    case "choose":
      return (
        <AccountPicker accounts={state.accounts} error={state.error} onChoose={(a) => signInWith(a, state.accounts)} />
      );
    case "signing":
      return (
        <Panel tone="neutral" title={`Approve the message in ${walletName(state.account.source)}`} busy>
          <WhatYourWalletShows source={state.account.source} host={location.host} />
          <CancelWalletWait onCancel={cancel} />
          <button
            type="button"
            onClick={() => (fresh(), setState({ step: "choose", accounts: state.accounts }))}
            className="text-sm font-medium text-brand-700 underline"
          >
            Choose another account
          </button>
        </Panel>
      );
    case "verifying":
      return <Panel tone="neutral" title="Checking the signature…" busy />;
    case "done":
      return <Panel tone="neutral" title="Signed in. Taking you on…" busy />;
    case "stopped":
      return (
        <FailurePanel
          kind={state.kind}
          message={state.message}
          onRetry={state.accounts ? () => setState({ step: "choose", accounts: state.accounts! }) : reconnect}
        />
      );
  }
}
