// The uploaded ABI of a watched contract, stored as a version of the hidden watched brick (see
// watched-brick.ts): the metadata without code, the code hash the chain reported, and the generated
// manifest (watched-manifest.ts). One version per import, so two teams' uploads never mix.
import "server-only";
import { randomUUID } from "node:crypto";
import type { Prisma } from "@/generated/prisma/client";
import type { ContractBundle } from "@/lib/bricks/bundle";
import { hexToU8a } from "@polkadot/util";
import { WATCHED_CODE_STAND_IN } from "./read-watched-abi";
import { watchedBrickId } from "./watched-brick";
import type { TManifest } from "@/lib/bricks/manifest-schema";

export async function storeWatchedVersion(
  q: Prisma.TransactionClient,
  opts: { bundle: ContractBundle; codeHash: string; manifest: TManifest },
) {
  const brickId = await watchedBrickId(q);
  return q.brickVersion.create({
    data: {
      brickId,
      version: `0.0.0-watched.${randomUUID()}`,
      versionSort: "00000.00000.00000-watched",
      codeHash: opts.codeHash,
      bundleKind: opts.bundle.kind,
      platform: opts.bundle.platform,
      abi: JSON.stringify(opts.bundle.metadata),
      // Not the code (that stays on chain): the stand-in the bundle parser needs to read the ABI back.
      wasm: Uint8Array.from(hexToU8a(WATCHED_CODE_STAND_IN)),
      manifest: JSON.stringify(opts.manifest),
      source: "watched",
    },
    select: { id: true },
  });
}
