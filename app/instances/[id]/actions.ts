"use server";
// The instance page's actions: the link step's and each settings action's two halves (prepare the
// transaction, then hand back the wallet's signature). Thin: each calls one service, which checks
// the team role in its query.
import { requireUser } from "@/lib/auth/session";
import { acceptInput } from "@/lib/http/accept-input";
import { prepareLink } from "@/lib/deployments/prepare-link";
import { submitSignature } from "@/lib/deployments/submit-signature";
import { actionKind } from "@/lib/deployments/actions/action-kind";
import { prepareAction, type TPreparedAction } from "@/lib/deployments/actions/prepare-action";
import { ZSubmitAction } from "@/lib/deployments/actions/schemas";
import type { SignerPayloadJSON } from "@/lib/chain/signer-payload";
import { runAction as run, type ActionResult } from "@/lib/actions/run-action";
import { prepareUpgrade, type TPreparedUpgrade } from "@/lib/deployments/upgrades/prepare-upgrade";
import { edgeText } from "@/lib/http/zod-edge";
import { askMessage, type TAnswer } from "@/lib/deployments/watched/ask-message";

export async function prepareLinkAction(
  deploymentId: string,
): Promise<ActionResult<{ payload: SignerPayloadJSON | null; status: string }>> {
  return run(async () => prepareLink({ actor: await requireUser(), deploymentId: edgeText(deploymentId) }));
}

export async function submitLinkAction(input: {
  deploymentId: string;
  signature: string;
}): Promise<ActionResult<{ status: string; extrinsicHash: string | null }>> {
  return run(async () =>
    submitSignature({ actorId: (await requireUser()).id, input: { ...acceptInput(input), kind: "link" } }),
  );
}

export async function prepareSettingsAction(input: {
  deploymentId: string;
  action: string;
  answers: Record<string, unknown>;
  idempotencyKey: string;
}): Promise<ActionResult<TPreparedAction>> {
  return run(async () => prepareAction({ actor: await requireUser(), input: acceptInput(input) }));
}

export async function submitSettingsAction(input: {
  deploymentId: string;
  idempotencyKey: string;
  signature: string;
}): Promise<ActionResult<{ status: string; extrinsicHash: string | null }>> {
  return run(async () => {
    const { deploymentId, idempotencyKey, signature } = ZSubmitAction.parse(acceptInput(input));
    return submitSignature({
      actorId: (await requireUser()).id,
      input: { deploymentId, kind: actionKind(idempotencyKey), signature },
    });
  });
}

// Upgrade (issue 11): the first half; the wallet's signature comes back through submitSettingsAction.
export async function prepareUpgradeAction(input: {
  deploymentId: string;
  targetVersionId: string;
  idempotencyKey: string;
}): Promise<ActionResult<TPreparedUpgrade>> {
  return run(async () => prepareUpgrade({ actor: await requireUser(), input: acceptInput(input) }));
}

// Watched contracts: a read-only message asked with its arguments (a dry-run; nothing signed).
export async function askMessageAction(input: {
  deploymentId: string;
  action: string;
  answers: Record<string, unknown>;
}): Promise<ActionResult<TAnswer>> {
  return run(async () => askMessage({ actor: await requireUser(), input: acceptInput(input) }));
}
