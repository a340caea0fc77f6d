// What the person will see in their wallet while it asks them to sign, said truthfully per wallet:
// Polkadot.js was checked with the real extension (it shows text only when the message is one line
// of plain ASCII, which ours is); for other wallets we say what to expect and what the fallback
// looks like, instead of promising a screen we have not seen.
import { walletName } from "@/lib/wallet/extension";

export function WhatYourWalletShows({ source, host }: { source: string; host: string }) {
  const start = `${host} wants you to sign in with your Polkadot account`;
  if (source === "polkadot-js") {
    return (
      <p>
        Polkadot.js opens a window titled “Sign message”. Its <em>from</em> line is this site&apos;s address, and its
        text starts “{start}”. Check that both name <strong>{host}</strong>, enter your wallet password and press Sign.
      </p>
    );
  }
  return (
    <p>
      {walletName(source)} asks you to sign a message. It should show text starting “{start}”: check that it names{" "}
      <strong>{host}</strong>, then approve. If it shows a long code starting “0x” instead, that is the same message in
      hexadecimal; check that the site asking is <strong>{host}</strong>.
    </p>
  );
}
