// Where a brick version may be deployed, decided now (not frozen at publish): an enabled network
// whose genesis is confirmed, that runs the version's contract platform, that the version's own
// `networks` list names (or any unprotected network when the list is empty), and — with `live` —
// that answers right now. Every other network comes back with the reason it is missing.
import "server-only";
import { db } from "@/lib/db";
import { networkHealth } from "./network-health";
import { splitNetworks } from "./availability";

export type TAvailableNetwork = {
  id: string;
  slug: string;
  name: string;
  tokenSymbol: string;
  decimals: number;
  ss58Prefix: number;
  isDevChain: boolean;
  faucetUrl: string | null;
  platform: string;
};
export type TMissingNetwork = { slug: string; name: string; reason: string };

export async function listAvailableNetworks(version: { platform: string; manifest: string }, { live = true } = {}) {
  const networks = await db.network.findMany({ orderBy: { name: "asc" } });
  const available: TAvailableNetwork[] = [];
  const { fitting: candidates, missing } = splitNetworks(version, networks);
  const health = live ? await Promise.all(candidates.map((n) => networkHealth(n))) : candidates.map(() => null);
  candidates.forEach((n, i) => {
    const h = health[i];
    if (h && !h.reachable)
      return missing.push({ slug: n.slug, name: n.name, reason: h.error ?? "not reachable right now" });
    if (h?.genesisChanged)
      return missing.push({
        slug: n.slug,
        name: n.name,
        reason: "its chain was reset or replaced (another genesis hash): an admin must confirm it",
      });
    available.push({
      id: n.id,
      slug: n.slug,
      name: n.name,
      tokenSymbol: n.tokenSymbol,
      decimals: n.decimals,
      ss58Prefix: n.ss58Prefix,
      isDevChain: n.isDevChain,
      faucetUrl: n.faucetUrl,
      platform: n.platform,
    });
  });
  return { available, missing };
}

/** Why `slug` cannot take this version now, or null when it can (used when a deploy starts). */
export async function whyNotDeployable(
  version: { platform: string; manifest: string },
  slug: string,
  opts = { live: false },
): Promise<string | null> {
  const { available, missing } = await listAvailableNetworks(version, opts);
  if (available.some((n) => n.slug === slug)) return null;
  return missing.find((m) => m.slug === slug)?.reason ?? "there is no such network";
}
