"use server";
import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { acceptInput } from "@/lib/http/accept-input";
import { acceptInvite } from "@/lib/teams/accept-invite";
import { runAction } from "@/lib/actions/run-action";

export async function acceptInviteAction(input: { token: string }) {
  const result = await runAction(async () => {
    acceptInput(input);
    const user = await requireUser();
    return acceptInvite({ actorId: user.id, token: input.token });
  });
  if (result.ok) redirect(`/teams/${result.data.slug}`);
  return result;
}
