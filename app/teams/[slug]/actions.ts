"use server";
// Thin wrappers: who is asking (session) → the service (which checks what they may do, inside its
// query) → refresh the page. Fields are picked one by one (a client could send extra ones, such
// as `now`), and parsed again by the services with the forms' schemas.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { acceptInput } from "@/lib/http/accept-input";
import { changeRole } from "@/lib/teams/change-role";
import { createInvite } from "@/lib/teams/create-invite";
import { leaveTeam } from "@/lib/teams/leave-team";
import { removeMember } from "@/lib/teams/remove-member";
import { renameTeam } from "@/lib/teams/rename-team";
import { revokeInvite } from "@/lib/teams/revoke-invite";
import type { TChangeRole, TCreateInvite, TRemoveMember, TRenameTeam, TRevokeInvite } from "@/lib/teams/schemas";
import { runAction } from "@/lib/actions/run-action";

async function asUser<T>(input: unknown, fn: (actorId: string) => Promise<T>) {
  return runAction(async () => {
    acceptInput(input);
    const result = await fn((await requireUser()).id);
    revalidatePath("/teams", "layout");
    return result;
  });
}

export async function renameTeamAction(input: TRenameTeam) {
  return asUser(input, (actorId) => renameTeam({ actorId, teamId: input.teamId, name: input.name }));
}

export async function createInviteAction(input: TCreateInvite) {
  // The link is shown once; only its hash is stored.
  return asUser(input, async (actorId) => ({
    token: (await createInvite({ actorId, teamId: input.teamId, role: input.role })).token,
  }));
}

export async function revokeInviteAction(input: TRevokeInvite) {
  return asUser(input, (actorId) => revokeInvite({ actorId, teamId: input.teamId, inviteId: input.inviteId }));
}

export async function changeRoleAction(input: TChangeRole) {
  return asUser(input, (actorId) =>
    changeRole({ actorId, teamId: input.teamId, userId: input.userId, role: input.role }),
  );
}

export async function removeMemberAction(input: TRemoveMember) {
  return asUser(input, (actorId) => removeMember({ actorId, teamId: input.teamId, userId: input.userId }));
}

export async function leaveTeamAction(input: { teamId: string }) {
  const result = await asUser(input, (actorId) => leaveTeam({ teamId: input.teamId, actorId }));
  if (result.ok) redirect("/teams");
  return result;
}
