"use client";
import { u8aToHex } from "@polkadot/util";
import { decodeAddress } from "@polkadot/util-crypto";
import { useState } from "react";
import { shortAddress } from "@/lib/wallet/short-address";
import { walletName, type WalletAccount } from "@/lib/wallet/extension";
import { Identicon } from "@/app/_components/identicon";
import { Panel } from "@/app/sign-in/_components/panel";

export function AccountPicker({
  accounts,
  error,
  onChoose,
}: {
  accounts: WalletAccount[];
  error?: string;
  onChoose: (a: WalletAccount) => void;
}) {
  const [chosen, setChosen] = useState(accounts.length === 1 ? accounts[0].address : "");
  const account = accounts.find((a) => a.address === chosen);

  return (
    <Panel tone="neutral" title="Choose an account">
      {error && (
        <p role="alert" className="rounded-md border border-red-200 bg-red-50 p-2 text-red-800">
          {error}
        </p>
      )}
      <fieldset>
        <legend className="sr-only">Accounts in your wallet</legend>
        <ul className="divide-y divide-stone-200 overflow-hidden rounded-md border border-stone-200">
          {accounts.map((a) => (
            <li key={`${a.source}:${a.address}`}>
              <label
                className={`flex cursor-pointer items-center gap-3 p-3 hover:bg-stone-50 ${chosen === a.address ? "bg-brand-50" : ""}`}
              >
                <input
                  type="radio"
                  name="account"
                  value={a.address}
                  checked={chosen === a.address}
                  onChange={() => setChosen(a.address)}
                  className="accent-brand-500"
                />
                <Identicon accountId={u8aToHex(decodeAddress(a.address))} size={32} />
                <span className="min-w-0 flex-1">
                  <span className="block truncate font-medium text-stone-900">{a.name || "Unnamed account"}</span>
                  <span className="block font-mono text-xs text-stone-500" title={a.address}>
                    {shortAddress(a.address, 6)}
                  </span>
                </span>
                <span className="rounded bg-stone-100 px-2 py-0.5 text-xs text-stone-600">{walletName(a.source)}</span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <button
        type="button"
        disabled={!account}
        onClick={() => account && onChoose(account)}
        className="w-full rounded-md bg-brand-500 px-4 py-2 font-medium text-white hover:bg-brand-600 disabled:cursor-not-allowed disabled:opacity-50"
      >
        {account ? `Sign in as ${account.name || shortAddress(account.address)}` : "Choose an account above"}
      </button>
    </Panel>
  );
}
