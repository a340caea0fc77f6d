// POST /api/teams/:teamId/invites { role } → { url } (the link is returned once, never stored).
import { appOrigin } from "@/lib/auth/app-origin";
import { jsonError, readJson } from "@/lib/auth/respond";
import { requireUser } from "@/lib/auth/session";
import { createInvite } from "@/lib/teams/create-invite";

export const dynamic = "force-dynamic";

export async function POST(req: Request, { params }: { params: Promise<{ teamId: string }> }) {
  try {
    const user = await requireUser();
    const body = (await readJson(req)) as { role?: unknown };
    const { teamId } = await params;
    const { token, invite } = await createInvite({ actorId: user.id, teamId, role: body?.role as string });
    const url = `${appOrigin(req.headers).origin}/invite/${token}`;
    return Response.json({ id: invite.id, role: invite.role, expiresAt: invite.expiresAt, url }, { status: 201 });
  } catch (error) {
    return jsonError(error);
  }
}
