// The one shape every server action hands back to its form: success with its data, or the
// AppError's plain message, its code and the fields it concerns. Errors are values, not throws, so a
// form can show them in place. Browser-safe (types only); `runAction` builds it on the server.
import type { FieldErrors } from "@/lib/errors";

export type ActionFailure = { ok: false; code: string; message: string; fields?: FieldErrors };
export type ActionResult<T = undefined> = { ok: true; data: T } | ActionFailure;
