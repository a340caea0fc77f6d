import "server-only";
import { setAuditor } from "@/lib/admin/set-auditor";

/** Platform admins only. Attestations already signed stay valid: they were true when signed. */
export function revokeAuditor(opts: { actorId: string; userId: string }) {
  return setAuditor(opts, false);
}
