// PATCH /api/teams/:teamId { name } — rename. The same service as the team page's form: the
// permission check happens inside its query, so API callers and the UI get the same answer.
import { jsonError, readJson } from "@/lib/auth/respond";
import { requireUser } from "@/lib/auth/session";
import { renameTeam } from "@/lib/teams/rename-team";

export const dynamic = "force-dynamic";

export async function PATCH(req: Request, { params }: { params: Promise<{ teamId: string }> }) {
  try {
    const user = await requireUser();
    const body = (await readJson(req)) as { name?: unknown };
    const { teamId } = await params;
    return Response.json(await renameTeam({ actorId: user.id, teamId, name: body?.name as string }));
  } catch (error) {
    return jsonError(error);
  }
}
