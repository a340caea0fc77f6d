// Every /api/v1 route: authenticate the API token, parse, call the service, answer JSON; any
// error becomes one JSON body with a status (lib/errors.ts), never a stack trace.
import "server-only";
import { jsonError, readJson } from "@/lib/auth/respond";
import { AppError } from "@/lib/errors";
import { decodeSegment } from "@/lib/http/decode-segment";
import type { TBodyLimits } from "@/lib/http/read-json-body";
import { authenticateApiToken, type ApiActor } from "@/lib/api-tokens/authenticate-api-token";
import { clientIp } from "@/lib/http/client-ip";

type Ctx<P> = { params: Promise<P> };

export function withApiToken<P>(
  fn: (args: { req: Request; actor: ApiActor; params: P; body: unknown }) => Promise<Response>,
  limits?: TBodyLimits,
) {
  return async (req: Request, ctx: Ctx<P>): Promise<Response> => {
    try {
      const actor = await authenticateApiToken(req.headers.get("authorization"), { ip: clientIp(req.headers) });
      const body = req.method === "GET" ? undefined : await readJson(req, limits);
      return await fn({ req, actor, params: await ctx.params, body });
    } catch (error) {
      return jsonError(error);
    }
  };
}

/** Path parameters are checked before anything is looked up. */
export function versionParams(p: { slug: string; version: string }) {
  const slug = decodeSegment(p.slug, "brick");
  const version = decodeSegment(p.version, "version");
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug))
    throw new AppError("BAD_INPUT", { userMessage: `"${slug}" is not a brick slug.` });
  if (!/^[0-9A-Za-z.+-]{5,64}$/.test(version))
    throw new AppError("BAD_INPUT", { userMessage: `"${version}" is not a version.` });
  return { slug, version };
}

export function obj(body: unknown): Record<string, unknown> {
  return body && typeof body === "object" && !Array.isArray(body) ? (body as Record<string, unknown>) : {};
}
