// PATCH /api/teams/:teamId { name } — rename. The same service as the team page's form: the
// permission check happens inside its query, so API callers and the UI get the same answer.
import { withSession } from "@/lib/http/with-session";
import { renameTeam } from "@/lib/teams/rename-team";

export const dynamic = "force-dynamic";

export const PATCH = withSession<{ teamId: string }>(async ({ user, params, body }) =>
  Response.json(await renameTeam({ actorId: user.id, teamId: params.teamId, name: body.name as string })),
);
