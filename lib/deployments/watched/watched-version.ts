// A contract no brick publishes, imported with its metadata file: the file must describe the code
// the chain runs at that address (ink! metadata's `source.hash` equal to the on-chain code hash),
// on the platform the network runs; otherwise a refusal in words, naming the "abi" field. What it
// returns is stored inside the import's transaction (store), so a refusal writes nothing.
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { AppError } from "@/lib/errors";
import { readWatchedAbi } from "./read-watched-abi";
import { storeWatchedVersion } from "./store-watched-version";
import { watchedManifest, type TRefusedMessage } from "./watched-manifest";

const refuse = (message: string) => new AppError("BAD_INPUT", { userMessage: message, fields: { abi: [message] } });

export type TWatchedVersion = {
  name: string;
  sentence: string;
  refused: TRefusedMessage[];
  store(q: Prisma.TransactionClient): Promise<{ id: string }>;
};

export function watchedVersion(opts: {
  abi: string;
  codeHash: string;
  address: string;
  network: { name: string; platform: string };
}): TWatchedVersion {
  const bundle = readWatchedAbi(opts.abi);
  // Watched contracts are read with ink! metadata on pallet-contracts only for now: the revive
  // path (ink! v6, Solidity ABIs) has no test behind it yet, so it is refused rather than guessed.
  if (opts.network.platform !== "contracts")
    throw refuse(
      `${opts.network.name} runs pallet-revive contracts; Brickyard can watch contracts with their own metadata only on pallet-contracts networks for now.`,
    );
  if (bundle.platform !== "contracts")
    throw refuse(
      `This metadata is for ink! ${bundle.metadataVersion} on pallet-revive, but ${opts.network.name} runs pallet-contracts: choose the metadata of the contract at ${opts.address}.`,
    );
  if (bundle.declaredHash !== opts.codeHash.toLowerCase())
    throw refuse(
      `This metadata describes other code (code hash ${bundle.declaredHash}) than the contract at ${opts.address} runs (${opts.codeHash}): choose the metadata built together with that contract.`,
    );
  const label = `${bundle.contract.name} ${bundle.contract.version}`;
  const { manifest, refused } = watchedManifest(bundle, bundle.contract.name);
  const callable = manifest.settings.length;
  const sentence = `Brickyard watches this contract with the metadata you gave (${label}, same code as on chain): ${callable} message${callable === 1 ? "" : "s"} callable${refused.length ? `, ${refused.length} left out` : ""}.`;
  return {
    name: `${bundle.contract.name} (watched)`.slice(0, 60),
    sentence,
    refused,
    store: (q) => storeWatchedVersion(q, { bundle, codeHash: opts.codeHash.toLowerCase(), manifest }),
  };
}
