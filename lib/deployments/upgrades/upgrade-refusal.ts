// Whether an instance may move to a version, in one sentence when it may not: only forward, only to
// a version of the same brick, never to a withdrawn (yanked) one, and only when the running code has
// a message that replaces it (the brick declares "upgrade").
import type { TManifest } from "@/lib/bricks/manifest-schema";

type TCurrent = {
  brickId: string;
  version: string;
  versionSort: string;
  manifest: Pick<TManifest, "upgrade" | "name">;
};
type TTarget = { brickId: string; version: string; versionSort: string; yankedAt: Date | null } | null;

export function upgradeRefusal(current: TCurrent, target: TTarget): string | null {
  const name = current.manifest.name;
  if (!current.manifest.upgrade)
    return `${name} ${current.version} cannot be upgraded: its contract has no message that replaces its code.`;
  if (!target) return "This version does not exist.";
  if (target.brickId !== current.brickId)
    return `Version ${target.version} belongs to another brick: an instance of ${name} can only move to a version of ${name}.`;
  if (target.yankedAt)
    return `Version ${target.version} was withdrawn (yanked) by its auditors, so no instance may move to it.`;
  if (target.versionSort <= current.versionSort)
    return `Version ${target.version} is not newer than the running ${current.version}: an upgrade only moves forward.`;
  return null;
}
