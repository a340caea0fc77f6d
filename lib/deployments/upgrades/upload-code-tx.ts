// The new version's code as a contracts.uploadCode signed by the person upgrading (the same call the
// publisher's code upload sends), with the storage deposit the chain's own dry-run of the upload asks.
import "server-only";
import type { ApiPromise } from "@polkadot/api";
import type { SubmittableExtrinsic } from "@polkadot/api/types";
import { u8aToHex } from "@polkadot/util";
import { AppError } from "@/lib/errors";

type TDispatchError = { isModule: boolean; asModule: unknown; toString(): string };
type TUploadDryRun = { isOk: boolean; asOk: { deposit: { toBigInt(): bigint } }; asErr: TDispatchError };

export async function uploadCodeTx(
  api: ApiPromise,
  signer: string,
  wasm: Uint8Array,
): Promise<{ tx: SubmittableExtrinsic<"promise">; deposit: bigint }> {
  const code = u8aToHex(wasm);
  const dry = (await api.call.contractsApi.uploadCode(signer, code, null, "Enforced")) as unknown as TUploadDryRun;
  if (!dry.isOk)
    throw new AppError("BAD_INPUT", {
      userMessage: `The network refuses this version's code: ${inWords(api, dry.asErr)}.`,
      fields: { targetVersionId: ["The network refuses this version's code."] },
    });
  return { tx: api.tx.contracts.uploadCode(code, null, "Enforced"), deposit: dry.asOk.deposit.toBigInt() };
}

/** A module error as the pallet documents it (e.g. "contracts.CodeTooLarge: …"), else as the chain says. */
function inWords(api: ApiPromise, error: TDispatchError): string {
  if (!error.isModule) return error.toString();
  const meta = api.registry.findMetaError(error.asModule as Parameters<typeof api.registry.findMetaError>[0]);
  return `${meta.section}.${meta.name}${meta.docs.length ? `: ${meta.docs.join(" ")}` : ""}`;
}
