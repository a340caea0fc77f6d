"use server";
// Named deploy presets (issue 11): thin wrappers, one service each; the services check the team role
// in their queries and parse every input again.
import { requireUser } from "@/lib/auth/session";
import { acceptInput } from "@/lib/http/accept-input";
import type { TConfigFromFile } from "@/lib/deployments/configs/read-config-file";
import { deletePreset } from "@/lib/deployments/presets/delete-preset";
import { savePreset } from "@/lib/deployments/presets/save-preset";
import { startFromPreset } from "@/lib/deployments/presets/start-from-preset";
import { runAction as run, type ActionResult } from "@/lib/actions/run-action";

export async function savePresetAction(input: unknown): Promise<ActionResult<{ id: string; name: string }>> {
  return run(async () => savePreset({ actorId: (await requireUser()).id, input: acceptInput(input) }));
}

export async function startFromPresetAction(input: unknown): Promise<ActionResult<TConfigFromFile>> {
  return run(async () => startFromPreset({ actorId: (await requireUser()).id, input: acceptInput(input) }));
}

export async function deletePresetAction(input: unknown): Promise<ActionResult<{ deleted: string }>> {
  return run(async () => deletePreset({ actorId: (await requireUser()).id, input: acceptInput(input) }));
}
