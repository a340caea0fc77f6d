// Route handlers' error answers: one AppError → one JSON body and status (see lib/errors.ts).
import "server-only";
import { errorBody, toAppError } from "@/lib/errors";

export function jsonError(error: unknown): Response {
  const appError = toAppError(error);
  return Response.json(errorBody(appError), { status: appError.status });
}

/** Reads a JSON body; a body that is not JSON is bad input, not a server error. */
export async function readJson(req: Request): Promise<unknown> {
  try {
    return await req.json();
  } catch {
    return {};
  }
}
