"use server";
// The configure page's actions: a test run of the answers (nothing written) and the save. Thin: each
// parses its input (lib/http's value checks, then zod) and calls one service, which checks the team
// role in its query.
import { requireUser } from "@/lib/auth/session";
import { acceptInput } from "@/lib/http/accept-input";
import { createFunctionInstance } from "@/lib/functions/bricks/create-function-instance";
import { ZFunctionDraft, ZSaveFunction } from "@/lib/functions/bricks/schemas";
import { testRunDraft } from "@/lib/functions/bricks/test-run-draft";
import type { TTestRun } from "@/lib/functions/bricks/test-run";
import { runAction as run, type ActionResult } from "@/lib/actions/run-action";

export async function testRunDraftAction(input: unknown): Promise<ActionResult<TTestRun>> {
  return run(async () => {
    const actor = await requireUser();
    return testRunDraft({ actorId: actor.id, draft: ZFunctionDraft.parse(acceptInput(input)) });
  });
}

export async function saveFunctionAction(
  input: unknown,
): Promise<ActionResult<{ id: string; automationAccount: string }>> {
  return run(async () => {
    const actor = await requireUser();
    return createFunctionInstance({ actorId: actor.id, input: ZSaveFunction.parse(acceptInput(input)) });
  });
}
