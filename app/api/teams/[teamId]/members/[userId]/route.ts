// PATCH /api/teams/:teamId/members/:userId { role } — change a role; DELETE — remove the member.
import { withSession } from "@/lib/http/with-session";
import { changeRole } from "@/lib/teams/change-role";
import { removeMember } from "@/lib/teams/remove-member";

export const dynamic = "force-dynamic";

type P = { teamId: string; userId: string };

export const PATCH = withSession<P>(async ({ user, params, body }) =>
  Response.json(
    await changeRole({ actorId: user.id, teamId: params.teamId, userId: params.userId, role: body.role as string }),
  ),
);

export const DELETE = withSession<P>(async ({ user, params }) => {
  await removeMember({ actorId: user.id, teamId: params.teamId, userId: params.userId });
  return new Response(null, { status: 204 });
});
