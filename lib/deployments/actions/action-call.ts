// One settings action of an instance as a contract call: the answers validated against the action's
// own form and encoded with the brick's ABI (the instance, the signer and the linked contract filled
// in), ready to dry-run or send through the platform adapter.
import "server-only";
import type { ApiPromise } from "@polkadot/api";
import type { TManifest } from "@/lib/bricks/manifest-schema";
import { AppError } from "@/lib/errors";
import { contractCodec } from "../codec";
import { parseVersion } from "../load-deploy-target";

export type TActionCall = { action: TManifest["settings"][number]; data: Uint8Array; args: unknown[] };

export function actionCall(
  api: ApiPromise,
  version: { id: string; abi: string; manifest: string; wasm: Uint8Array | Buffer },
  opts: { action: string; answers: Record<string, unknown>; signer: string; instance: string; linked?: string | null },
): TActionCall {
  const { manifest } = parseVersion(version);
  const action = manifest.settings.find((s) => s.id === opts.action);
  if (!action) throw new AppError("NOT_FOUND", { userMessage: `This brick has no settings action "${opts.action}".` });
  const { args, data } = contractCodec(api, version).encodeCall({ kind: "settings", id: action.id }, opts.answers, {
    signer: opts.signer,
    instance: opts.instance,
    linked: opts.linked ?? undefined,
  });
  return { action, data, args };
}
