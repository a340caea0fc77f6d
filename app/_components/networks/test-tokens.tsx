"use client";
// Where the balance is too low: on a dev chain a "Get test tokens" button (Brickyard funds the
// account), on other networks a link to the network's faucet page, or a plain sentence.
import { useState, useTransition } from "react";
import { getTestTokensAction } from "./actions";

type TFaucet = { kind: "dev" } | { kind: "url"; url: string } | null;

export function TestTokens({
  network,
  address,
  faucet,
  onFunded,
}: {
  network: string;
  address: string;
  faucet: TFaucet;
  onFunded?: () => void;
}) {
  const [pending, start] = useTransition();
  const [msg, setMsg] = useState<{ ok: boolean; text: string } | null>(null);
  return (
    <div
      className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900"
      data-testid="low-balance"
    >
      <p className="font-medium">Your account does not hold enough tokens to deploy here.</p>
      {faucet?.kind === "dev" && (
        <div className="mt-2 flex flex-wrap items-center gap-3">
          <button
            type="button"
            disabled={pending}
            className="inline-flex items-center rounded-md bg-brand-500 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-600 disabled:opacity-50"
            onClick={() =>
              start(async () => {
                const r = await getTestTokensAction({ network, address });
                setMsg(r.ok ? { ok: true, text: r.data.message } : { ok: false, text: r.message });
                if (r.ok) onFunded?.();
              })
            }
          >
            {pending ? "Sending test tokens…" : "Get test tokens"}
          </button>
          <span className="text-xs">
            This is a dev chain: its tokens have no value, and Brickyard can send you some.
          </span>
        </div>
      )}
      {faucet?.kind === "url" && (
        <p className="mt-1">
          Get test tokens from this network’s faucet:{" "}
          <a
            href={faucet.url}
            target="_blank"
            rel="noopener noreferrer"
            className="underline"
            data-testid="faucet-link"
          >
            {faucet.url}
          </a>
          , then review again.
        </p>
      )}
      {!faucet && (
        <p className="mt-1">Send tokens to your account from an exchange or another account, then review again.</p>
      )}
      {msg && (
        <p role={msg.ok ? "status" : "alert"} className={`mt-2 ${msg.ok ? "text-emerald-800" : "text-red-800"}`}>
          {msg.text}
        </p>
      )}
    </div>
  );
}
