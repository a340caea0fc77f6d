// Runs a server action's body and turns whatever it throws into an ActionResult (never a stack
// trace). redirect() and notFound() work by throwing, so they pass through.
import "server-only";
import { toAppError } from "@/lib/errors";
import type { ActionResult } from "./action-result";

export type { ActionResult, ActionFailure } from "./action-result";

const isNextControlFlow = (error: unknown) =>
  Boolean(
    error &&
    typeof error === "object" &&
    "digest" in error &&
    /^NEXT_/.test(String((error as { digest: unknown }).digest)),
  );

export async function runAction<T>(fn: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await fn() };
  } catch (error) {
    if (isNextControlFlow(error)) throw error;
    const e = toAppError(error);
    return { ok: false, code: e.code, message: e.userMessage, fields: e.fields };
  }
}
