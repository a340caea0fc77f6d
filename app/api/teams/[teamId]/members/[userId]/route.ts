// PATCH /api/teams/:teamId/members/:userId { role } — change a role; DELETE — remove the member.
import { jsonError, readJson } from "@/lib/auth/respond";
import { requireUser } from "@/lib/auth/session";
import { changeRole } from "@/lib/teams/change-role";
import { removeMember } from "@/lib/teams/remove-member";

export const dynamic = "force-dynamic";

type Ctx = { params: Promise<{ teamId: string; userId: string }> };

export async function PATCH(req: Request, { params }: Ctx) {
  try {
    const actor = await requireUser();
    const body = (await readJson(req)) as { role?: unknown };
    const { teamId, userId } = await params;
    return Response.json(await changeRole({ actorId: actor.id, teamId, userId, role: body?.role as string }));
  } catch (error) {
    return jsonError(error);
  }
}

export async function DELETE(_req: Request, { params }: Ctx) {
  try {
    const actor = await requireUser();
    const { teamId, userId } = await params;
    await removeMember({ actorId: actor.id, teamId, userId });
    return new Response(null, { status: 204 });
  } catch (error) {
    return jsonError(error);
  }
}
