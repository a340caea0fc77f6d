// A publish action's outcome for its form: like lib/actions ActionResult, plus the brick's static
// check problems, each with the form field it belongs to.
import { runAction, type ActionResult } from "@/lib/actions/run-action";
import { BrickProblemsError } from "@/lib/publishing/check-upload";
import { problemField } from "@/lib/publishing/problem-field";
import type { DraftProblem } from "@/lib/publishing/check-draft";

export type PublishResult<T> =
  ActionResult<T> | { ok: false; message: string; code: string; problems: DraftProblem[]; fields?: undefined };

/** `fieldOf` says which form box a problem belongs to (the function form's boxes differ from brick.json's). */
export async function runPublishAction<T>(
  fn: () => Promise<T>,
  fieldOf: (jsonPath: string, inBundle: boolean) => string = problemField,
): Promise<PublishResult<T>> {
  try {
    return { ok: true, data: await fn() };
  } catch (error) {
    if (error instanceof BrickProblemsError) {
      const problems = error.problems.map((p) => ({
        field: fieldOf(p.jsonPath, p.inBundle),
        jsonPath: p.jsonPath,
        message: p.message,
        fix: p.fix,
        inBundle: p.inBundle,
      }));
      return { ok: false, message: error.userMessage, code: error.code, problems };
    }
    // The usual mapping (AppError → plain message; redirect()/notFound() pass through).
    return runAction<T>(() => Promise.reject(error));
  }
}
