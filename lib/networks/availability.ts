// The rule for where a brick version may go, as a pure function (no database, no chain): used by
// the deploy form (with live health on top, list-available-networks.ts) and the brick page.
import { PLATFORM_LABELS, type TContractPlatform } from "./platform";

type TNet = {
  slug: string;
  name: string;
  enabled: boolean;
  genesisChangedAt: Date | null;
  platform: string;
  protected: boolean;
};

/** The `networks` list of a version's stored manifest ([] = any unprotected network). */
export function listedNetworks(manifest: string): string[] {
  try {
    const parsed = JSON.parse(manifest) as { networks?: unknown };
    return Array.isArray(parsed.networks) ? parsed.networks.filter((s): s is string => typeof s === "string") : [];
  } catch {
    return [];
  }
}

const label = (p: string) => PLATFORM_LABELS[p as TContractPlatform] ?? p;

/** Why `n` cannot take this version (a plain clause), or null when it can. */
export function unavailableReason(version: { platform: string }, listed: string[], n: TNet): string | null {
  if (!n.enabled) return "disabled by a platform admin";
  if (n.genesisChangedAt)
    return "its chain was reset or replaced (another genesis hash): an admin must confirm it before anything is deployed there";
  if (n.platform !== version.platform)
    return `it runs ${label(n.platform)}, and this version's code is for ${label(version.platform)}`;
  if (listed.length && !listed.includes(n.slug)) return "this version's networks list does not name it";
  if (!listed.length && n.protected)
    return "it is protected: only versions that name it in their networks list may go there";
  return null;
}

export function splitNetworks<N extends TNet>(version: { platform: string; manifest: string }, networks: N[]) {
  const listed = listedNetworks(version.manifest);
  const fitting: N[] = [];
  const missing: { slug: string; name: string; reason: string }[] = [];
  for (const n of networks) {
    const reason = unavailableReason(version, listed, n);
    if (reason) missing.push({ slug: n.slug, name: n.name, reason });
    else fitting.push(n);
  }
  for (const slug of listed) {
    if (!networks.some((n) => n.slug === slug))
      missing.push({ slug, name: slug, reason: "this Brickyard has no network with that name" });
  }
  return { fitting, missing };
}
