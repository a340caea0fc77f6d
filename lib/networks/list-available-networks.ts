// Where a brick version may be deployed, decided now (not frozen at publish): an enabled network
// whose genesis is confirmed, that runs the version's contract platform, that the version's own
// `networks` list names (or any unprotected network when the list is empty), and — with `live` —
// that answers right now. Every other network comes back with the reason it is missing.
import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { networkHealth } from "./network-health";
import { PLATFORM_LABELS, type TContractPlatform } from "./platform";

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

const ZListed = z.object({ networks: z.array(z.string()).default([]) });

/** The `networks` list of a version's stored manifest ([] = any unprotected network). */
export function listedNetworks(manifest: string): string[] {
  try {
    return ZListed.parse(JSON.parse(manifest)).networks;
  } catch {
    return [];
  }
}

const label = (p: string) => PLATFORM_LABELS[p as TContractPlatform] ?? p;

export async function listAvailableNetworks(version: { platform: string; manifest: string }, { live = true } = {}) {
  const listed = listedNetworks(version.manifest);
  const networks = await db.network.findMany({ orderBy: { name: "asc" } });
  const available: TAvailableNetwork[] = [];
  const missing: TMissingNetwork[] = [];
  const candidates: typeof networks = [];
  for (const n of networks) {
    const reason = !n.enabled
      ? "disabled by a platform admin"
      : n.genesisChangedAt
        ? "its chain was reset or replaced (another genesis hash): an admin must confirm it before anything is deployed there"
        : n.platform !== version.platform
          ? `it runs ${label(n.platform)}, and this version's code is for ${label(version.platform)}`
          : listed.length && !listed.includes(n.slug)
            ? "this version's networks list does not name it"
            : !listed.length && n.protected
              ? "it is protected: only versions that name it in their networks list may go there"
              : null;
    if (reason) missing.push({ slug: n.slug, name: n.name, reason });
    else candidates.push(n);
  }
  for (const slug of listed) {
    if (!networks.some((n) => n.slug === slug)) missing.push({ slug, name: slug, reason: "this Brickyard has no network with that name" });
  }
  const health = live ? await Promise.all(candidates.map((n) => networkHealth(n))) : candidates.map(() => null);
  candidates.forEach((n, i) => {
    const h = health[i];
    if (h && !h.reachable) return missing.push({ slug: n.slug, name: n.name, reason: h.error ?? "not reachable right now" });
    if (h?.genesisChanged) return missing.push({ slug: n.slug, name: n.name, reason: "its chain was reset or replaced (another genesis hash): an admin must confirm it" });
    available.push({ id: n.id, slug: n.slug, name: n.name, tokenSymbol: n.tokenSymbol, decimals: n.decimals, ss58Prefix: n.ss58Prefix, isDevChain: n.isDevChain, faucetUrl: n.faucetUrl, platform: n.platform });
  });
  return { available, missing };
}

/** Why `slug` cannot take this version now, or null when it can (used when a deploy starts). */
export async function whyNotDeployable(version: { platform: string; manifest: string }, slug: string, opts = { live: false }): Promise<string | null> {
  const { available, missing } = await listAvailableNetworks(version, opts);
  if (available.some((n) => n.slug === slug)) return null;
  return missing.find((m) => m.slug === slug)?.reason ?? "there is no such network";
}
