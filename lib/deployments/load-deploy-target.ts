// The brick version and network a deploy is about, checked: the version exists and is not yanked
// (assertDeployable), the network exists and the version may go there now (whyNotDeployable).
// Versions never change once published, so their parsed manifest and bundle are cached.
import "server-only";
import { storedBundle, type ContractKindBundle } from "@/lib/bricks/kinds";
import { ZManifest, type TManifest } from "@/lib/bricks/manifest-schema";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { whyNotDeployable } from "@/lib/networks/list-available-networks";
import { assertDeployable } from "@/lib/publishing/deployable";
import { notWatchedBrick } from "./watched/watched-brick";

type Parsed = { manifest: TManifest; bundle: ContractKindBundle; abi: Record<string, unknown> };
const parsed = new Map<string, Parsed>();

export async function loadDeployTarget(opts: {
  brick: string;
  version: string;
  network: string;
  allowYanked?: boolean;
}) {
  const version = await db.brickVersion.findFirst({
    where: { version: opts.version, brick: { slug: opts.brick, ...notWatchedBrick } },
    include: {
      brick: { select: { slug: true, name: true, latestVersion: true } },
      networks: { select: { networkSlug: true } },
    },
  });
  if (!version)
    throw new AppError("NOT_FOUND", { userMessage: `Brick "${opts.brick}" has no version ${opts.version}.` });
  if (!opts.allowYanked) assertDeployable(version);
  const network = await db.network.findUnique({ where: { slug: opts.network } });
  // Decided now from the network's state and platform and the version's networks list (lib/networks).
  const why = network ? await whyNotDeployable(version, network.slug) : "there is no such network";
  if (!network || why) {
    throw new AppError("BAD_INPUT", {
      userMessage: `Version ${version.version} of ${version.brick.name} cannot be deployed to ${network?.name ?? `"${opts.network}"`}: ${why}.`,
      fields: { network: ["Choose one of the networks listed."] },
    });
  }
  return { version, network, ...parseVersion(version) };
}

export function parseVersion(v: { id: string; manifest: string; abi: string; wasm: Uint8Array }): Parsed {
  let hit = parsed.get(v.id);
  if (!hit) {
    const abi = JSON.parse(v.abi) as Record<string, unknown>;
    // The kind the stored ABI belongs to reads it (lib/bricks/kinds): ink! metadata or a Solidity bundle.
    const bundle = storedBundle(abi, v.wasm);
    // Function brick versions run off-chain: no network is ever offered for them, so this is a bug.
    if (bundle.kind === "function")
      throw new Error(`Version ${v.id} is a function brick: it is not deployed as a contract`);
    hit = { manifest: ZManifest.parse(JSON.parse(v.manifest)), bundle, abi };
    parsed.set(v.id, hit);
  }
  return hit;
}

export type TDeployTargetLoaded = Awaited<ReturnType<typeof loadDeployTarget>>;
