// The contract message (ink!) or function (Solidity) a manifest call target names.
import type { TManifest } from "@/lib/bricks/manifest-schema";
import type { ArgTarget } from "@/lib/bricks/resolve-call";
import { AppError } from "@/lib/errors";

export function messageOf(manifest: TManifest, target: ArgTarget): string {
  const found =
    target.kind === "constructor"
      ? manifest.constructor.name
      : target.kind === "link-record"
        ? manifest.link?.record?.message
        : target.kind === "link-verify"
          ? manifest.link?.verify?.message
          : target.kind === "settings"
            ? manifest.settings.find((s) => s.id === target.id)?.message
            : manifest.queries.find((q) => q.id === target.id)?.message;
  if (!found)
    throw new AppError("NOT_FOUND", {
      userMessage: `This brick has no ${target.kind}${"id" in target ? ` "${target.id}"` : ""}.`,
    });
  return found;
}

/** Whether `target` is a link call on the user's own contract (not on the brick's instance). */
export function onLinked(
  manifest: TManifest,
  target: ArgTarget,
): target is { kind: "link-record" } | { kind: "link-verify" } {
  if (target.kind === "link-record") return manifest.link?.record?.on === "linked";
  if (target.kind === "link-verify") return manifest.link?.verify?.on === "linked";
  return false;
}
