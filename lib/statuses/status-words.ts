// Statuses in words and colours, in one place: deployments, brick versions and networks. Pages show
// `label` with the classes of its `tone`; the words are for people, not the database values.
export type TTone = "neutral" | "waiting" | "progress" | "good" | "bad";

export const TONE_CLASSES: Record<TTone, string> = {
  neutral: "bg-stone-100 text-stone-700",
  waiting: "bg-amber-100 text-amber-900",
  progress: "bg-sky-100 text-sky-900",
  good: "bg-emerald-100 text-emerald-900",
  bad: "bg-red-100 text-red-900",
};

type TWords = { label: string; tone: TTone };

const DEPLOYMENT: Record<string, TWords> = {
  draft: { label: "Not signed", tone: "neutral" },
  signed: { label: "Signed, waiting for a block", tone: "waiting" },
  in_block: { label: "In a block", tone: "progress" },
  finalized: { label: "Finalized", tone: "good" },
  failed: { label: "Failed", tone: "bad" },
  missing_on_chain: { label: "Missing on chain", tone: "bad" },
};

export function deploymentStatusWords(status: string): TWords {
  return DEPLOYMENT[status] ?? { label: status, tone: "neutral" };
}

/** A brick version: available, deprecated (still deployable, with a warning) or yanked (withdrawn). */
export function versionStatusWords(v: {
  yankedAt: Date | null;
  yankedReason?: string | null;
  deprecatedAt: Date | null;
  deprecatedReason?: string | null;
}): TWords {
  if (v.yankedAt) return { label: `Withdrawn (yanked)${v.yankedReason ? `: ${v.yankedReason}` : ""}`, tone: "bad" };
  if (v.deprecatedAt)
    return { label: `Deprecated${v.deprecatedReason ? `: ${v.deprecatedReason}` : ""}`, tone: "waiting" };
  return { label: "Available", tone: "good" };
}

/** A network's health as the admin page and the deploy form say it. */
export function networkStatusWords(n: {
  enabled: boolean;
  reachable: boolean | null;
  genesisChanged: boolean;
}): TWords {
  if (!n.enabled) return { label: "disabled", tone: "neutral" };
  if (n.genesisChanged) return { label: "changed: check before deploying", tone: "bad" };
  if (n.reachable === null) return { label: "not checked yet", tone: "neutral" };
  return n.reachable ? { label: "reachable", tone: "good" } : { label: "not reachable", tone: "bad" };
}
