import "server-only";
import { setVersionStatus, type VersionStatusOptions } from "./set-version-status";

/** Deploys of a deprecated version still work; the deploy flow shows `deprecationWarning()`. */
export function deprecateVersion(opts: VersionStatusOptions) {
  return setVersionStatus(opts, "deprecated");
}
