// An address or hash as shown everywhere: monospace (shortened when asked), a link to the
// network's explorer when it has a template for this kind of value, and a copy button.
import { CopyButton } from "./copy-button";
import { explorerUrl, type TChainValueKind, type TExplorer } from "./explorer-url";

const short = (v: string) => (v.length > 16 ? `${v.slice(0, 6)}…${v.slice(-6)}` : v);

export function ChainValue({
  value,
  kind,
  network,
  shorten = false,
  testId,
}: {
  value: string;
  kind: TChainValueKind;
  network?: TExplorer | null;
  shorten?: boolean;
  testId?: string;
}) {
  const href = explorerUrl(network, kind, value);
  const text = shorten ? short(value) : value;
  const what = { account: "address", tx: "transaction hash", block: "block hash", code: "code hash" }[kind];
  return (
    <span className="inline-flex max-w-full flex-wrap items-center gap-x-1 font-mono text-xs" data-testid={testId}>
      <span className="break-all" title={value}>
        {text}
      </span>
      {href && (
        <a
          href={href}
          target="_blank"
          rel="noopener noreferrer"
          className="font-sans text-[11px] text-brand-600 underline"
          data-testid="explorer-link"
          aria-label={`Open the ${what} in the explorer`}
        >
          explorer ↗
        </a>
      )}
      <CopyButton value={value} label={`Copy the ${what}`} />
    </span>
  );
}
