"use server";
// The function instance page's actions: pause/resume, run now, fund (dev chains), test run with the
// dry-run from the automation account, and "verify this run". Thin: each parses its input (lib/http's
// value checks, then zod) and calls one service, which checks the team role in its query.
import { requireUser } from "@/lib/auth/session";
import { getChainApi } from "@/lib/chain/api-pool";
import { db } from "@/lib/db";
import { acceptInput } from "@/lib/http/accept-input";
import { fundAutomationAccount, runFunctionNow, setFunctionEnabled } from "@/lib/functions/bricks/operate-function";
import { ZInstanceRef, ZRunRef, ZSetEnabled } from "@/lib/functions/bricks/schemas";
import { teamIdsWhere } from "@/lib/functions/bricks/team-filter";
import { testRunInstance, type TTestRun } from "@/lib/functions/bricks/test-run";
import { verifyFunctionRun, type TRunVerification } from "@/lib/functions/bricks/verify-function-run";
import { AppError } from "@/lib/errors";
import { runAction as run, type ActionResult } from "@/lib/actions/run-action";
import { createWebhookSecret } from "@/lib/functions/webhooks/create-webhook-secret";
import { setQueryAccess } from "@/lib/functions/queries/set-query-access";
import { ZQueryAccess, type TQueryAccess } from "@/lib/functions/queries/query-params";

/** The webhook secret is in this answer once, for the person who asked; never again. */
export async function createWebhookSecretAction(
  input: unknown,
): Promise<ActionResult<{ secret: string; path: string; replaced: boolean }>> {
  return run(async () =>
    createWebhookSecret({ actorId: (await requireUser()).id, ...ZInstanceRef.parse(acceptInput(input)) }),
  );
}

export async function setQueryAccessAction(input: unknown): Promise<ActionResult<{ access: TQueryAccess }>> {
  return run(async () =>
    setQueryAccess({ actorId: (await requireUser()).id, ...ZQueryAccess.parse(acceptInput(input)) }),
  );
}

export async function setEnabledAction(input: unknown): Promise<ActionResult<{ enabled: boolean }>> {
  return run(async () =>
    setFunctionEnabled({ actorId: (await requireUser()).id, ...ZSetEnabled.parse(acceptInput(input)) }),
  );
}

export async function runNowAction(input: unknown): Promise<ActionResult<{ queued: boolean }>> {
  return run(async () =>
    runFunctionNow({ actorId: (await requireUser()).id, ...ZInstanceRef.parse(acceptInput(input)) }),
  );
}

export async function fundAction(input: unknown): Promise<ActionResult<{ message: string }>> {
  return run(async () =>
    fundAutomationAccount({ actorId: (await requireUser()).id, ...ZInstanceRef.parse(acceptInput(input)) }),
  );
}

export async function verifyRunAction(input: unknown): Promise<ActionResult<TRunVerification>> {
  return run(async () =>
    verifyFunctionRun({ actorId: (await requireUser()).id, ...ZRunRef.parse(acceptInput(input)) }),
  );
}

export async function testRunAction(input: unknown): Promise<ActionResult<TTestRun>> {
  return run(async () => {
    const actor = await requireUser();
    const { instanceId } = ZInstanceRef.parse(acceptInput(input));
    // Operators only: a test run uses the secrets (it never shows them).
    const inst = await db.functionInstance.findFirst({
      where: { id: instanceId, teamId: await teamIdsWhere(actor.id, "function.operate") },
      select: { id: true, networkId: true },
    });
    if (!inst) throw new AppError("NOT_FOUND", { userMessage: "This function does not exist, or you may not run it." });
    const network = inst.networkId ? await db.network.findUnique({ where: { id: inst.networkId } }) : null;
    const api = network ? await getChainApi(network.rpcUrl, { networkName: network.name }) : null;
    return testRunInstance(api, inst.id);
  });
}
