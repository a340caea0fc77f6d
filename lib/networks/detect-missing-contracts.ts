// On start, for each dev-chain network: is every finalized instance's contract still on chain?
// A chain started fresh (another genesis), reset to an older head, or simply without the contract
// turns the instance "missing on chain" with the reason — never "finalized ✓" for a ghost.
import "server-only";
import type { ApiPromise } from "@polkadot/api";
import { platformAdapter } from "@/lib/chain/platforms";
import { db } from "@/lib/db";
import { markMissingOnChain } from "@/lib/deployments/mark-missing-on-chain";

type TNet = { id: string; name: string; genesisHash: string | null; platform: string };

/** The hash of block #n on this chain now (null when the chain is not that long). */
async function hashAt(api: ApiPromise, n: number): Promise<string | null> {
  try {
    const hash = (await api.rpc.chain.getBlockHash(n)).toHex();
    return /^0x0+$/.test(hash) ? null : hash;
  } catch {
    return null;
  }
}

// Through the platform adapter: pallet-revive keeps contracts in revive.accountInfoOf (an account
// that is a contract), pallet-contracts in contracts.contractInfoOf.
async function hasContract(api: ApiPromise, platform: string, address: string): Promise<boolean | null> {
  const pallet = platform === "revive" ? api.query.revive : api.query.contracts;
  if (!pallet) return null; // cannot tell on this runtime: leave the instance as it is
  try {
    return (await platformAdapter(platform).codeHashAt(api, address)) !== null;
  } catch {
    return null;
  }
}

/**
 * Checks every finalized instance on `network` against the chain `api` is connected to.
 * `recordedGenesis` is the genesis hash the database had before this start (null: unknown).
 */
export async function detectMissingContracts(
  api: ApiPromise,
  network: TNet,
  recordedGenesis: string | null,
): Promise<{ checked: number; missing: number }> {
  const rows = await db.deployment.findMany({
    where: { networkId: network.id, status: "finalized", address: { not: null } },
    select: {
      id: true,
      address: true,
      blockHash: true,
      transactions: { where: { kind: "instantiate" }, select: { blockNumber: true } },
    },
  });
  const genesis = api.genesisHash.toHex();
  const head = (await api.rpc.chain.getHeader()).number.toNumber();
  let missing = 0;
  for (const d of rows) {
    const present = await hasContract(api, network.platform, d.address!);
    if (present !== false) continue;
    const at = d.transactions[0]?.blockNumber ?? null;
    const nowAt = at !== null ? await hashAt(api, at) : null;
    const reason =
      recordedGenesis && recordedGenesis !== genesis
        ? `${network.name} was started fresh (another genesis), so this contract no longer exists there. Deploy it again.`
        : at !== null && at > head
          ? `${network.name} was reset to block #${head}, before block #${at} this contract was deployed in. Deploy it again.`
          : at !== null && d.blockHash && nowAt !== d.blockHash
            ? `${network.name} was started fresh: block #${at}, where this contract was deployed, is now another block. Deploy it again.`
            : `The contract is no longer on ${network.name}. Deploy it again.`;
    if (await markMissingOnChain(d.id, reason)) missing++;
  }
  return { checked: rows.length, missing };
}
