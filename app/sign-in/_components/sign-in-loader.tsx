"use client";
// Loads the wallet code only on this page and only in the browser: @polkadot/* stays out of every
// other page's JavaScript, and wallets inject themselves into `window` anyway (nothing to render
// on the server).
import dynamic from "next/dynamic";
import { Panel } from "@/app/sign-in/_components/panel";

const WalletSignIn = dynamic(() => import("@/app/sign-in/_components/wallet-sign-in").then((m) => m.WalletSignIn), {
  ssr: false,
  loading: () => (
    <Panel tone="neutral" title="Looking for your wallet…" busy>
      <p>Your wallet may ask whether Brickyard may see your accounts.</p>
    </Panel>
  ),
});

export function SignInLoader(props: { callbackUrl: string; initialError: string | null }) {
  return <WalletSignIn {...props} />;
}
