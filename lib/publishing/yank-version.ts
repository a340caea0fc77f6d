import "server-only";
import { setVersionStatus, type VersionStatusOptions } from "./set-version-status";

/** A yanked version takes no new deploys (`assertDeployable`); its instances' teams see a notice. */
export function yankVersion(opts: VersionStatusOptions) {
  return setVersionStatus(opts, "yanked");
}
