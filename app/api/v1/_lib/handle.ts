// Every /api/v1 route: authenticate the API token, parse, call the service, answer JSON; any
// error becomes one JSON body with a status (lib/errors.ts), never a stack trace.
import "server-only";
import { jsonError, readJson } from "@/lib/auth/respond";
import { AppError } from "@/lib/errors";
import { authenticateApiToken, type ApiActor } from "@/lib/publishing/authenticate-api-token";

type Ctx<P> = { params: Promise<P> };

export function withApiToken<P>(fn: (args: { req: Request; actor: ApiActor; params: P; body: unknown }) => Promise<Response>) {
  return async (req: Request, ctx: Ctx<P>): Promise<Response> => {
    try {
      const actor = await authenticateApiToken(req.headers.get("authorization"));
      const body = req.method === "GET" ? undefined : await readJson(req);
      return await fn({ req, actor, params: await ctx.params, body });
    } catch (error) {
      return jsonError(error);
    }
  };
}

/** Path parameters are checked before anything is looked up. */
export function versionParams(p: { slug: string; version: string }) {
  const slug = decodeURIComponent(p.slug);
  const version = decodeURIComponent(p.version);
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) throw new AppError("BAD_INPUT", { userMessage: `"${slug}" is not a brick slug.` });
  if (!/^[0-9A-Za-z.+-]{5,64}$/.test(version)) throw new AppError("BAD_INPUT", { userMessage: `"${version}" is not a version.` });
  return { slug, version };
}

export function obj(body: unknown): Record<string, unknown> {
  return body && typeof body === "object" && !Array.isArray(body) ? (body as Record<string, unknown>) : {};
}
