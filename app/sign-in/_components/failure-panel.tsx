import type { WalletErrorKind } from "@/lib/wallet/extension";
import { Panel } from "@/app/sign-in/_components/panel";

const WALLETS = [
  { name: "Polkadot.js extension", href: "https://polkadot.js.org/extension/" },
  { name: "Talisman", href: "https://talisman.xyz/" },
  { name: "SubWallet", href: "https://www.subwallet.app/" },
];

const TITLES: Record<WalletErrorKind, string> = {
  "no-wallet": "No Polkadot wallet found",
  refused: "Your wallet refused the connection",
  "no-accounts": "Your wallet shares no accounts with Brickyard",
  rejected: "You cancelled the signature",
  cancelled: "Stopped waiting for your wallet",
  failed: "Sign-in did not work",
};

export function FailurePanel({
  kind,
  message,
  onRetry,
}: {
  kind: WalletErrorKind;
  message: string;
  onRetry: () => void;
}) {
  return (
    <Panel tone={kind === "failed" ? "error" : "warn"} title={TITLES[kind]}>
      {kind !== "no-wallet" && <p>{message}</p>}
      {kind === "no-wallet" && (
        <>
          <p>No wallet answered this page. To sign in you need a browser wallet for Polkadot; any of these works:</p>
          <ul className="list-disc space-y-1 pl-5">
            {WALLETS.map((w) => (
              <li key={w.name}>
                <a href={w.href} target="_blank" rel="noreferrer" className="font-medium text-brand-600 underline">
                  {w.name}
                </a>
              </li>
            ))}
          </ul>
          <p>
            After installing, reload this page. If a wallet is installed already, open it and check that it allows this
            site.
          </p>
        </>
      )}
      {kind === "no-accounts" && (
        <p>Open your wallet, create or import an account, and make it visible to this site.</p>
      )}
      <button
        type="button"
        onClick={onRetry}
        className="rounded-md bg-brand-500 px-4 py-2 text-sm font-medium text-white hover:bg-brand-600"
      >
        Try again
      </button>
    </Panel>
  );
}
