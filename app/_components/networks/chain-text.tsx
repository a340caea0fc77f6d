// A sentence with its addresses and hashes shown as ChainValues (explorer link + copy button).
import { ChainValue } from "./chain-value";
import type { TExplorer } from "./explorer-url";
import { splitChainValues } from "./split-chain-values";

export function ChainText({ text, network }: { text: string; network?: TExplorer | null }) {
  return (
    <>
      {splitChainValues(text).map((p, i) =>
        "value" in p ? (
          <ChainValue key={i} value={p.value} kind={p.kind} network={network} shorten />
        ) : (
          <span key={i}>{p.text}</span>
        ),
      )}
    </>
  );
}
