"use server";
// The dashboard's "Import a contract": thin; the service checks the role inside its query, reads the
// code hash from the chain and refuses in one sentence.
import { requireUser } from "@/lib/auth/session";
import { toAppError } from "@/lib/errors";
import { acceptInput } from "@/lib/http/accept-input";
import { importContract, type TImported } from "@/lib/deployments/imports/import-contract";
import type { TActionResult } from "@/app/_components/deploy/action-result";

export async function importContractAction(input: { teamId: string; network: string; address: string; name?: string }): Promise<TActionResult<TImported>> {
  try {
    return { ok: true, data: await importContract({ actorId: (await requireUser()).id, input: acceptInput(input) }) };
  } catch (error) {
    const e = toAppError(error);
    return { ok: false, code: e.code, error: e.userMessage, fields: e.fields };
  }
}
