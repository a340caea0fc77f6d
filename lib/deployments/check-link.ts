// The link field, checked live on the chosen network before anything is signed, on either contract
// platform: the address has the network's form (SS58 on pallet-contracts, a checksummed 0x H160 on
// pallet-revive: the platform adapter's), a contract lives there (its code hash), and it has every
// function or message the brick needs (requiredMessages). When its code is a published brick's, that
// ABI answers; otherwise each one is asked with a dry-run (the codec's probe). Each failure has its
// own message in plain words.
import "server-only";
import type { ApiPromise } from "@polkadot/api";
import { platformAdapter } from "@/lib/chain/platforms";
import { db } from "@/lib/db";
import { publishedOnly } from "./watched/watched-brick";
import { contractCodec, type TContractCodec, type TVersionLike } from "./codec";

export type TLinkCheck = { ok: true; codeHash: string; messages: string[] } | { ok: false; message: string };

type TLinkTarget = {
  manifest: { link?: { requiredMessages: string[] } };
  version: TVersionLike;
  network: { name: string; platform: string };
};

/** "the messages a, b, which this brick needs" (ink!) or "the function a, …" (Solidity). */
const listed = (codec: TContractCodec, names: string[]) =>
  `the ${codec.kind === "ink" ? "message" : "function"}${names.length === 1 ? "" : "s"} ${names.join(", ")}, which this brick needs`;

/** A published brick version whose code is the contract's (same code hash, same platform): its ABI is known. */
async function knownContract(codeHash: string, platform: string) {
  return db.brickVersion.findFirst({
    where: { codeHash, platform, ...publishedOnly },
    select: { id: true, abi: true, manifest: true, wasm: true, brick: { select: { name: true } } },
  });
}

async function missingByProbe(
  api: ApiPromise,
  codec: TContractCodec,
  target: TLinkTarget,
  address: string,
  origin: string,
  labels: string[],
): Promise<{ missing: string[]; broken: string[] }> {
  const adapter = platformAdapter(target.network.platform);
  const missing: string[] = [];
  const broken: string[] = [];
  for (const label of labels) {
    const dry = await adapter.dryRunCall(api, { origin, dest: address, inputData: codec.linked.probe(label) });
    const verdict = codec.linked.probeVerdict(dry);
    if (verdict === "missing") missing.push(label);
    if (verdict === "broken") broken.push(label);
  }
  return { missing, broken };
}

export async function checkLink(
  api: ApiPromise,
  target: TLinkTarget,
  opts: { address: string; origin: string },
): Promise<TLinkCheck> {
  const { network } = target;
  const adapter = platformAdapter(network.platform);
  const address = opts.address.trim();
  const problem = adapter.contractAddressProblem(address, network.name);
  if (problem) return { ok: false, message: problem };
  let codeHash: string | null;
  try {
    codeHash = await adapter.codeHashAt(api, address);
  } catch (error) {
    return {
      ok: false,
      message: `Could not ask ${network.name} about this address right now (${(error as Error).message}). Try again in a moment`,
    };
  }
  if (!codeHash)
    return {
      ok: false,
      message: `There is no contract at this address on ${network.name}. Check the address, or that you picked the network where your contract lives`,
    };
  const labels = target.manifest.link?.requiredMessages ?? [];
  if (labels.length === 0) return { ok: true, codeHash, messages: [] };

  const codec = contractCodec(api, target.version);
  const known = await knownContract(codeHash, network.platform);
  if (known) {
    const has = new Set(contractCodec(api, known).selectors());
    const missing = codec.linked.required(labels).filter((r) => !has.has(r.selector));
    if (missing.length > 0)
      return {
        ok: false,
        message: `This is the wrong kind of contract: it is a “${known.brick.name}”, which does not have ${listed(
          codec,
          missing.map((m) => m.label),
        )}. Link the contract you built for this brick`,
      };
    return { ok: true, codeHash, messages: labels };
  }
  const { missing, broken } = await missingByProbe(api, codec, target, address, opts.origin, labels);
  if (missing.length > 0)
    return {
      ok: false,
      message: `The contract at this address does not have ${listed(codec, missing)}. Check that this is the contract you meant to link`,
    };
  if (broken.length > 0)
    return {
      ok: false,
      message: `The contract at this address has ${broken.join(", ")}, but stopped with an error when asked. It may not be built for this brick`,
    };
  return { ok: true, codeHash, messages: labels };
}
