"use server";
// The deploy page's server actions: thin wrappers that identify the user and call one service each.
// Every input is parsed again by the service (zod + the brick's own config schema).
import { requireUser } from "@/lib/auth/session";
import { acceptInput } from "@/lib/http/accept-input";
import { toAppError } from "@/lib/errors";
import { checkLinkField } from "@/lib/deployments/check-link-field";
import { prepareAccountMapping, submitAccountMapping, type TMappingStep } from "@/lib/deployments/map-account";
import { prepareDeployment, type TPrepared } from "@/lib/deployments/prepare-deployment";
import { reviewDeployment, type TReview } from "@/lib/deployments/review-deployment";
import { submitSignature } from "@/lib/deployments/submit-signature";
import type { TLinkCheck } from "@/lib/deployments/check-link";
import { readConfigFile, type TConfigFromFile } from "@/lib/deployments/configs/read-config-file";
import type { TActionResult } from "@/app/_components/deploy/action-result";

async function run<T>(fn: () => Promise<T>): Promise<TActionResult<T>> {
  try {
    return { ok: true, data: await fn() };
  } catch (error) {
    const e = toAppError(error);
    return { ok: false, code: e.code, error: e.userMessage, fields: e.fields };
  }
}

export async function checkLinkAction(input: unknown): Promise<TActionResult<TLinkCheck>> {
  return run(async () => checkLinkField({ actor: await requireUser(), input: acceptInput(input) }));
}

export async function reviewAction(input: unknown): Promise<TActionResult<TReview>> {
  return run(async () => reviewDeployment({ actor: await requireUser(), input: acceptInput(input) }));
}

export async function prepareAction(input: unknown): Promise<TActionResult<TPrepared>> {
  return run(async () => prepareDeployment({ actor: await requireUser(), input: acceptInput(input) }));
}

export async function submitAction(input: unknown): Promise<TActionResult<{ status: string; extrinsicHash: string | null }>> {
  return run(async () => submitSignature({ actorId: (await requireUser()).id, input: acceptInput(input) }));
}

export async function prepareMappingAction(input: unknown): Promise<TActionResult<TMappingStep>> {
  return run(async () => prepareAccountMapping({ actor: await requireUser(), input }));
}

export async function submitMappingAction(input: unknown): Promise<TActionResult<TMappingStep>> {
  return run(async () => submitAccountMapping({ actor: await requireUser(), input }));
}

export async function readConfigFileAction(input: unknown): Promise<TActionResult<TConfigFromFile>> {
  return run(async () => readConfigFile({ actorId: (await requireUser()).id, input: acceptInput(input) }));
}
