"use server";
// "Get test tokens" (dev chains only): funds the signed-in user's own account on that chain.
import { requireUser } from "@/lib/auth/session";
import { fundTestAccount } from "@/lib/networks/fund-test-account";
import { runAction } from "@/lib/actions/run-action";

export async function getTestTokensAction(input: { network: string; address: string }) {
  return runAction(async () => fundTestAccount({ actorId: (await requireUser()).id, input }));
}
