// Fills a network's explorer link template ({address} / {hash}); null when no template is set.
export type TExplorer = {
  explorerAccountUrl?: string | null;
  explorerTxUrl?: string | null;
  explorerBlockUrl?: string | null;
};
// "code": a code hash, which explorers do not page; shown with a copy button only.
export type TChainValueKind = "account" | "tx" | "block" | "code";

export function explorerUrl(
  network: TExplorer | null | undefined,
  kind: TChainValueKind,
  value: string,
): string | null {
  if (kind === "code") return null;
  const template =
    kind === "account"
      ? network?.explorerAccountUrl
      : kind === "tx"
        ? network?.explorerTxUrl
        : network?.explorerBlockUrl;
  if (!template) return null;
  return template.replace(kind === "account" ? "{address}" : "{hash}", encodeURIComponent(value));
}
