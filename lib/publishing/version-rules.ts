// Semver rules for publishing, as one pure function: a new version must be greater than every
// version published before (yanked ones too: a number is never reused); the same version with the
// same code is "already published" (so CI can re-run); the same version with other code is refused.
import semver from "semver";

export type VersionRuleResult =
  { ok: true; outcome: "new" | "unchanged" } | { ok: false; message: string; suggestion?: string };

export function versionRule(
  candidate: { version: string; codeHash: string },
  published: { version: string; codeHash: string }[],
): VersionRuleResult {
  if (semver.valid(candidate.version) !== candidate.version) {
    return {
      ok: false,
      message: `"${candidate.version}" is not a semantic version: write MAJOR.MINOR.PATCH, e.g. 1.0.0 or 1.1.0-rc.1.`,
    };
  }
  const same = published.find((p) => p.version === candidate.version);
  const greatest = published
    .map((p) => p.version)
    .filter((v) => semver.valid(v))
    .sort(semver.rcompare)[0];
  const suggestion = greatest ? (semver.inc(greatest, "patch") ?? undefined) : undefined;
  if (same) {
    if (same.codeHash === candidate.codeHash) return { ok: true, outcome: "unchanged" };
    return {
      ok: false,
      suggestion,
      message:
        `Version ${candidate.version} is already published with code hash ${same.codeHash}, but this bundle's code hash is ${candidate.codeHash}. ` +
        `A published version never changes: publish the new code as ${suggestion ?? "a greater version"}.`,
    };
  }
  if (greatest && !semver.gt(candidate.version, greatest)) {
    return {
      ok: false,
      suggestion,
      message: `Version ${candidate.version} is not greater than the latest published version ${greatest}. Use ${suggestion} or higher.`,
    };
  }
  return { ok: true, outcome: "new" };
}
