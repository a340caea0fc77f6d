// Route handlers' error answers: one AppError → one JSON body and status (see lib/errors.ts).
import "server-only";
import { errorBody, toAppError } from "@/lib/errors";
import { readJsonBody, type TBodyLimits } from "@/lib/http/read-json-body";

export function jsonError(error: unknown): Response {
  const appError = toAppError(error);
  const headers = appError.retryAfterS === undefined ? undefined : { "Retry-After": String(appError.retryAfterS) };
  return Response.json(errorBody(appError), { status: appError.status, headers });
}

/**
 * Reads a JSON body under the edge limits (lib/http/read-json-body.ts): too big → 413, not JSON →
 * 400, too deep or broken Unicode → 422, each with a plain message. An empty body reads as {}.
 */
export async function readJson(req: Request, limits?: TBodyLimits): Promise<unknown> {
  return (await readJsonBody(req, limits)) ?? {};
}
