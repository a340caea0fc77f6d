"use server";
// The configure page's actions: a test run of the answers (nothing written) and the save. Thin: each
// parses its input (lib/http's value checks, then zod) and calls one service, which checks the team
// role in its query.
import { requireUser } from "@/lib/auth/session";
import { toAppError } from "@/lib/errors";
import { acceptInput } from "@/lib/http/accept-input";
import { createFunctionInstance } from "@/lib/functions/bricks/create-function-instance";
import { ZFunctionDraft, ZSaveFunction } from "@/lib/functions/bricks/schemas";
import { testRunDraft } from "@/lib/functions/bricks/test-run-draft";
import type { TTestRun } from "@/lib/functions/bricks/test-run";
import type { TActionResult } from "@/app/_components/deploy/action-result";

async function run<T>(fn: () => Promise<T>): Promise<TActionResult<T>> {
  try {
    return { ok: true, data: await fn() };
  } catch (error) {
    const e = toAppError(error);
    return { ok: false, code: e.code, error: e.userMessage, fields: e.fields };
  }
}

export async function testRunDraftAction(input: unknown): Promise<TActionResult<TTestRun>> {
  return run(async () => {
    const actor = await requireUser();
    return testRunDraft({ actorId: actor.id, draft: ZFunctionDraft.parse(acceptInput(input)) });
  });
}

export async function saveFunctionAction(input: unknown): Promise<TActionResult<{ id: string; automationAccount: string }>> {
  return run(async () => {
    const actor = await requireUser();
    return createFunctionInstance({ actorId: actor.id, input: ZSaveFunction.parse(acceptInput(input)) });
  });
}
