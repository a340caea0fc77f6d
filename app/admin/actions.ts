"use server";
import { revalidatePath } from "next/cache";
import { grantAuditor } from "@/lib/admin/grant-auditor";
import { revokeAuditor } from "@/lib/admin/revoke-auditor";
import { requireUser } from "@/lib/auth/session";
import { acceptInput } from "@/lib/http/accept-input";
import { runAction } from "@/lib/actions/run-action";

export async function setAuditorAction(input: { userId: string; auditor: boolean }) {
  return runAction(async () => {
    acceptInput(input);
    const actorId = (await requireUser()).id;
    const opts = { actorId, userId: input.userId };
    const result = input.auditor ? await grantAuditor(opts) : await revokeAuditor(opts);
    revalidatePath("/admin");
    return result;
  });
}
