// The instance's current values (manifest queries) as JSON, for the page's live refresh. A GET route
// rather than a server action: Next.js runs server actions one at a time in the router's queue, so a
// read that takes seconds on a busy chain held back the page's own refresh (a deploy's status stayed
// "Signed" on screen after it was finalized).
import { requireUser } from "@/lib/auth/session";
import { errorBody, toAppError } from "@/lib/errors";
import { getInstanceQueries } from "@/lib/deployments/queries/get-instance-queries";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const { id } = await params;
    const data = await getInstanceQueries({ actor: await requireUser(), id });
    return Response.json(data, { headers: { "Cache-Control": "private, no-store" } });
  } catch (error) {
    const e = toAppError(error);
    return Response.json(errorBody(e), { status: e.status });
  }
}
