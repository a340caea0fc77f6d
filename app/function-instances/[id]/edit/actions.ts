"use server";
// The edit page's save: parsed at the edge (lib/http's value checks, then zod) and handed to one
// service, which checks the team role in its query.
import { requireUser } from "@/lib/auth/session";
import { acceptInput } from "@/lib/http/accept-input";
import { ZEditFunction } from "@/lib/functions/bricks/schemas";
import { editFunctionInstance } from "@/lib/functions/config-versions/edit-function-instance";
import { runAction as run, type ActionResult } from "@/lib/actions/run-action";

export async function editFunctionAction(
  input: unknown,
): Promise<ActionResult<{ id: string; version: number; changes: string[] }>> {
  return run(async () => {
    const actor = await requireUser();
    return editFunctionInstance({ actorId: actor.id, input: ZEditFunction.parse(acceptInput(input)) });
  });
}
