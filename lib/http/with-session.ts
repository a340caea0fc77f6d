// The one wrapper for route handlers that act as the signed-in person (session cookie): it finds the
// user, reads the JSON body under the edge limits (not for GET/DELETE), awaits the path parameters
// and turns any error into one JSON answer (lib/auth/respond.ts) — instead of a try/catch per route.
import "server-only";
import { jsonError, readJson } from "@/lib/auth/respond";
import { requireUser } from "@/lib/auth/session";

type TSessionUser = Awaited<ReturnType<typeof requireUser>>;
type TCtx<P> = { params: Promise<P> };

export function withSession<P>(
  fn: (args: { req: Request; user: TSessionUser; params: P; body: Record<string, unknown> }) => Promise<Response>,
) {
  return async (req: Request, ctx: TCtx<P>): Promise<Response> => {
    try {
      const user = await requireUser();
      const raw = req.method === "GET" || req.method === "DELETE" ? {} : await readJson(req);
      const body = raw && typeof raw === "object" && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
      return await fn({ req, user, params: await ctx.params, body });
    } catch (error) {
      return jsonError(error);
    }
  };
}
