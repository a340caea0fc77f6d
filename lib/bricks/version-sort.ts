// BrickVersion.versionSort: a text key that sorts like semver, so "latest first" is one indexed
// ORDER BY. "1.2.3" → "00001.00002.00003~"; a prerelease ends in "-…" instead, and since "-" sorts
// before "~" it comes before its release. Numeric prerelease parts are padded too ("rc.2" < "rc.10").
import semver from "semver";

export const MAX_VERSION_PART = 99_999;

const pad = (n: number | string) => String(n).padStart(5, "0");

export function versionSortKey(version: string): string {
  const v = semver.parse(version);
  if (!v) throw new Error(`"${version}" is not a semantic version`);
  if ([v.major, v.minor, v.patch].some((n) => n > MAX_VERSION_PART)) {
    throw new Error(`"${version}" has a part above ${MAX_VERSION_PART}`);
  }
  const core = `${pad(v.major)}.${pad(v.minor)}.${pad(v.patch)}`;
  if (v.prerelease.length === 0) return `${core}~`;
  return `${core}-${v.prerelease.map((p) => (typeof p === "number" ? pad(p) : p)).join(".")}`;
}
