import "server-only";
import { setAuditor } from "@/lib/admin/set-auditor";

/** Platform admins only: the user may publish and sign bricks from now on. */
export function grantAuditor(opts: { actorId: string; userId: string }) {
  return setAuditor(opts, true);
}
