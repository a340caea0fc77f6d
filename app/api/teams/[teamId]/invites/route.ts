// POST /api/teams/:teamId/invites { role } → { url } (the link is returned once, never stored).
import { appOrigin } from "@/lib/auth/app-origin";
import { withSession } from "@/lib/http/with-session";
import { createInvite } from "@/lib/teams/create-invite";

export const dynamic = "force-dynamic";

export const POST = withSession<{ teamId: string }>(async ({ req, user, params, body }) => {
  const { token, invite } = await createInvite({ actorId: user.id, teamId: params.teamId, role: body.role as string });
  const url = `${appOrigin(req.headers).origin}/invite/${token}`;
  return Response.json({ id: invite.id, role: invite.role, expiresAt: invite.expiresAt, url }, { status: 201 });
});
