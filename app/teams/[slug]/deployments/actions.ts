"use server";
// The dashboard's "Import a contract": thin; the service checks the role inside its query, reads the
// code hash from the chain and refuses in one sentence.
import { requireUser } from "@/lib/auth/session";
import { acceptInput } from "@/lib/http/accept-input";
import { importContract, type TImported } from "@/lib/deployments/imports/import-contract";
import { runAction as run, type ActionResult } from "@/lib/actions/run-action";

export async function importContractAction(input: {
  teamId: string;
  network: string;
  address: string;
  name?: string;
  abi?: string;
}): Promise<ActionResult<TImported>> {
  return run(async () => importContract({ actorId: (await requireUser()).id, input: acceptInput(input) }));
}
