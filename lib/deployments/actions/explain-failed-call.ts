// A call that passed its dry-run can still fail in its block (the state changed in between: someone
// else took the ownership, spent the balance…). The block only says "ContractReverted"; to say WHY
// in the contract's words, the same call is dry-run again against the state the block started from
// (its parent) and the revert decoded with the brick's ABI.
import "server-only";
import type { ApiPromise } from "@polkadot/api";
import { hexToU8a } from "@polkadot/util";
import { platformAdapter } from "@/lib/chain/platforms";
import type { SignerPayloadJSON } from "@/lib/chain/signer-payload";
import { contractCodec } from "../codec";
import { parseVersion } from "../load-deploy-target";
import type { TTrackedTx } from "../tracker/tracked-tx";
import { UPGRADE_CALL } from "../upgrades/upgrade-ids";

type TCallArgs = { section: string; method: string; args: { toString(): string; toU8a(bare?: boolean): Uint8Array }[] };

export async function explainFailedCall(api: ApiPromise, tx: TTrackedTx, blockHash: string): Promise<string | null> {
  try {
    const payload = JSON.parse(tx.payload) as SignerPayloadJSON;
    const call = api.createType("Call", payload.method) as unknown as TCallArgs;
    if (call.method !== "call") return null;
    const message = messageOf(tx);
    if (!message) return null;
    const header = await api.rpc.chain.getHeader(blockHash);
    // ApiDecoration carries the same call / consts / registry the adapters' dry-runs read.
    const before = (await api.at(header.parentHash)) as unknown as ApiPromise;
    const dest = call.args[0].toString();
    const data = hexToU8a(call.args[4].toString());
    const dry = await platformAdapter(tx.deployment.network.platform).dryRunCall(before, {
      origin: tx.signer,
      dest,
      inputData: data,
    });
    if (!dry.ok || !dry.reverted) return null;
    const why = contractCodec(api, tx.deployment.brickVersion).explainRevert(
      { kind: "message", label: message },
      dry.data,
    );
    return `${why.replace(/\.$/, "")} — it was signed by ${tx.signer}.`;
  } catch {
    return null;
  }
}

/** The brick message the transaction called (settings action or link step on the instance). */
function messageOf(tx: TTrackedTx): string | null {
  const { manifest } = parseVersion(tx.deployment.brickVersion);
  if (tx.actionId === UPGRADE_CALL) return manifest.upgrade?.message ?? null;
  if (tx.actionId) return manifest.settings.find((s) => s.id === tx.actionId)?.message ?? null;
  if (tx.kind === "link" && manifest.link?.record?.on === "instance") return manifest.link.record.message;
  return null;
}
