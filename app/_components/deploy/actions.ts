"use server";
// The deploy flow's server actions (beside the shared components that call them, so no shared
// component imports a route's file): thin wrappers that identify the user and call one service each.
// Every input is parsed again by the service (zod + the brick's own config schema).
import { requireUser } from "@/lib/auth/session";
import { acceptInput } from "@/lib/http/accept-input";
import { checkLinkField } from "@/lib/deployments/check-link-field";
import { prepareAccountMapping, submitAccountMapping, type TMappingStep } from "@/lib/deployments/map-account";
import { prepareDeployment, type TPrepared } from "@/lib/deployments/prepare-deployment";
import { reviewDeployment, type TReview } from "@/lib/deployments/review-deployment";
import { submitSignature } from "@/lib/deployments/submit-signature";
import type { TLinkCheck } from "@/lib/deployments/check-link";
import { readConfigFile, type TConfigFromFile } from "@/lib/deployments/configs/read-config-file";
import { runAction as run, type ActionResult } from "@/lib/actions/run-action";

export async function checkLinkAction(input: unknown): Promise<ActionResult<TLinkCheck>> {
  return run(async () => checkLinkField({ actor: await requireUser(), input: acceptInput(input) }));
}

export async function reviewAction(input: unknown): Promise<ActionResult<TReview>> {
  return run(async () => reviewDeployment({ actor: await requireUser(), input: acceptInput(input) }));
}

export async function prepareAction(input: unknown): Promise<ActionResult<TPrepared>> {
  return run(async () => prepareDeployment({ actor: await requireUser(), input: acceptInput(input) }));
}

export async function submitAction(
  input: unknown,
): Promise<ActionResult<{ status: string; extrinsicHash: string | null }>> {
  return run(async () => submitSignature({ actorId: (await requireUser()).id, input: acceptInput(input) }));
}

export async function prepareMappingAction(input: unknown): Promise<ActionResult<TMappingStep>> {
  return run(async () => prepareAccountMapping({ actor: await requireUser(), input }));
}

export async function submitMappingAction(input: unknown): Promise<ActionResult<TMappingStep>> {
  return run(async () => submitAccountMapping({ actor: await requireUser(), input }));
}

export async function readConfigFileAction(input: unknown): Promise<ActionResult<TConfigFromFile>> {
  return run(async () => readConfigFile({ actorId: (await requireUser()).id, input: acceptInput(input) }));
}
