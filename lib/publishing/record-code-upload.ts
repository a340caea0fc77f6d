// After the auditor's wallet uploaded a version's code (the browser submits contracts.uploadCode),
// the server asks the chain itself whether the code is there before recording it: instances are
// then deployed from that code hash.
import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { requirePlatformRole } from "@/lib/admin/require-platform-role";
import { findVersionAndNetwork } from "./find-version-and-network";
import { saveCodeUpload } from "./save-code-upload";
import { ZRecordCodeUpload } from "./schemas";
import { codeExistsOnChain, withChainApi } from "./with-chain-api";

export async function recordCodeUpload(opts: {
  actorId: string;
  slug: string;
  version: string;
  network: string;
  extrinsicHash?: string;
  blockHash?: string;
}) {
  const input = ZRecordCodeUpload.parse(opts);
  await requirePlatformRole(db, { actorId: opts.actorId, action: "brick.publish", doing: "upload code to networks" });
  const { version, network } = await findVersionAndNetwork({ ...opts, network: input.network });
  const there = await withChainApi(network, (api) => codeExistsOnChain(api, version.codeHash));
  if (!there) {
    throw new AppError("BAD_INPUT", {
      userMessage: `The code of ${version.brick.slug}@${version.version} (${version.codeHash}) is not on ${network.name}: the upload did not go through. Upload it again.`,
    });
  }
  return saveCodeUpload({
    actorId: opts.actorId,
    version,
    network,
    extrinsicHash: input.extrinsicHash,
    blockHash: input.blockHash,
  });
}
