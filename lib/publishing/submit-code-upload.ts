// The API/CLI path for code uploads: the caller signs contracts.uploadCode with their own key and
// sends the signed extrinsic; the server checks it uploads exactly this version's wasm, submits it,
// waits for its block, reads the outcome, and records the upload once the chain holds the code.
// Brickyard never holds the signing key.
import "server-only";
import type { ApiPromise } from "@polkadot/api";
import { blake2AsHex } from "@polkadot/util-crypto";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { requirePlatformRole } from "@/lib/admin/require-platform-role";
import { findVersionAndNetwork } from "./find-version-and-network";
import { saveCodeUpload } from "./save-code-upload";
import { ZSubmitCodeUpload } from "./schemas";
import { codeExistsOnChain, withChainApi } from "./with-chain-api";

type Options = {
  actorId: string;
  slug: string;
  version: string;
  network: string;
  signedExtrinsic: string;
  via?: { teamId: string; tokenId: string };
};

const bad = (userMessage: string) =>
  new AppError("BAD_INPUT", { userMessage, fields: { signedExtrinsic: [userMessage] } });

export async function submitCodeUpload(opts: Options) {
  const input = ZSubmitCodeUpload.parse(opts);
  await requirePlatformRole(db, { actorId: opts.actorId, action: "brick.publish", doing: "upload code to networks" });
  const { version, network } = await findVersionAndNetwork({ ...opts, network: input.network });
  const hashes = await withChainApi(network, async (api) => {
    let xt;
    try {
      xt = api.createType("Extrinsic", input.signedExtrinsic);
    } catch {
      throw bad(`This is not an extrinsic ${network.name} can read.`);
    }
    if (!xt.isSigned) throw bad("The extrinsic is not signed: sign contracts.uploadCode with your key, then send it.");
    if (xt.method.section !== "contracts" || xt.method.method !== "uploadCode")
      throw bad(`The extrinsic calls ${xt.method.section}.${xt.method.method}; send a signed contracts.uploadCode.`);
    const code = (xt.method.args[0] as unknown as { toU8a(bare: boolean): Uint8Array }).toU8a(true);
    const hash = blake2AsHex(code, 256);
    if (hash !== version.codeHash)
      throw bad(
        `The extrinsic uploads code with hash ${hash}, not version ${version.version}'s code (${version.codeHash}).`,
      );
    const blockHash = await submitAndWait(api, xt.toHex(), xt.hash.toHex());
    if (!(await codeExistsOnChain(api, version.codeHash)))
      throw bad(`The upload was included, but ${network.name} does not hold the code.`);
    return { extrinsicHash: xt.hash.toHex(), blockHash };
  });
  return saveCodeUpload({ actorId: opts.actorId, version, network, ...hashes, via: opts.via });
}

/** Submits, waits until in a block, and throws the dispatch error in words when it failed. */
async function submitAndWait(api: ApiPromise, hex: string, xtHash: string): Promise<string> {
  const blockHash = await new Promise<string>((resolve, reject) => {
    api.rpc.author
      .submitAndWatchExtrinsic(hex, (status) => {
        // A fast chain may report Finalized without InBlock first: either proves inclusion.
        if (status.isInBlock) resolve(status.asInBlock.toHex());
        else if (status.isFinalized) resolve(status.asFinalized.toHex());
        else if (status.isInvalid || status.isDropped || status.isUsurped)
          reject(bad(`The chain did not accept the extrinsic (${status.type}).`));
      })
      .catch((error: Error) => reject(bad(`The chain refused the extrinsic: ${error.message}`)));
  });
  const [block, events] = await Promise.all([api.rpc.chain.getBlock(blockHash), api.query.system.events.at(blockHash)]);
  const index = block.block.extrinsics.findIndex((x) => x.hash.toHex() === xtHash);
  for (const { phase, event } of events as unknown as Iterable<{
    phase: { isApplyExtrinsic: boolean; asApplyExtrinsic: { eqn(n: number): boolean } };
    event: { section: string; method: string; data: unknown[] };
  }>) {
    if (!phase.isApplyExtrinsic || !phase.asApplyExtrinsic.eqn(index)) continue;
    if (event.section === "system" && event.method === "ExtrinsicFailed") {
      const err = event.data[0] as { isModule: boolean; asModule: unknown; toString(): string };
      const text = err.isModule
        ? (({ section, name, docs }) => `${section}.${name}: ${docs.join(" ")}`)(
            api.registry.findMetaError(err.asModule as Parameters<typeof api.registry.findMetaError>[0]),
          )
        : err.toString();
      throw bad(`The upload failed on chain: ${text}`);
    }
  }
  return blockHash;
}
