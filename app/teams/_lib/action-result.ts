// What a server action hands back to its form: success (with optional data) or the AppError's
// plain message and per-field messages. Never a stack trace.
import { toAppError, type FieldErrors } from "@/lib/errors";

export type ActionResult<T = undefined> = { ok: true; data: T } | { ok: false; message: string; fields?: FieldErrors; code: string };

export async function runAction<T>(fn: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await fn() };
  } catch (error) {
    // redirect() and notFound() work by throwing; let them through.
    if (error && typeof error === "object" && "digest" in error && /^NEXT_/.test(String((error as { digest: unknown }).digest))) throw error;
    const appError = toAppError(error);
    return { ok: false, message: appError.userMessage, fields: appError.fields, code: appError.code };
  }
}
