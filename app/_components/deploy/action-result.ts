// What the deploy flow's server actions return: the data, or an error a person can read (with the
// fields it concerns). Errors are values, not throws, so the form can show them in place.
import type { FieldErrors } from "@/lib/errors";

export type TActionResult<T> = { ok: true; data: T } | { ok: false; code: string; error: string; fields?: FieldErrors };
