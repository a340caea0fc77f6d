"use server";
import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { acceptInput } from "@/lib/http/accept-input";
import { createTeam } from "@/lib/teams/create-team";
import { runAction } from "@/lib/actions/run-action";

export async function createTeamAction(input: { name: string }) {
  const result = await runAction(async () => {
    acceptInput(input);
    const user = await requireUser();
    return createTeam({ actorId: user.id, name: input.name });
  });
  if (result.ok) redirect(`/teams/${result.data.slug}`);
  return result;
}
