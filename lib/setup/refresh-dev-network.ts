// On every start, after the embedded dev chain is up: read what the chain says (genesis, runtime,
// token) into its network row, and mark instances whose contract is gone "missing on chain" (a
// fresh start, a reset). The embedded chain is ours, so a new genesis here is expected and
// recorded at once rather than blocking deploys for an admin.
import type { PrismaClient } from "@/generated/prisma/client";
import { connectApi, disconnectApi } from "@/lib/chain/connect";
import { readFacts } from "@/lib/networks/check-network";
import { detectMissingContracts } from "@/lib/networks/detect-missing-contracts";

export async function refreshDevNetwork(
  db: PrismaClient,
  slug: string,
  rpcUrl: string,
  log: (s: string) => void,
): Promise<void> {
  const network = await db.network.findUnique({ where: { slug } });
  if (!network) return;
  const api = await connectApi(rpcUrl, { timeoutMs: 30_000 }).catch(() => null);
  if (!api) return log(`${network.name} is not reachable at ${rpcUrl}: instances were not checked against it.`);
  try {
    const { notes: _notes, ...facts } = await readFacts(api);
    void _notes;
    const { checked, missing } = await detectMissingContracts(api, network, network.genesisHash);
    if (checked)
      log(
        `${network.name}: ${checked - missing} of ${checked} instance(s) still on chain${missing ? `, ${missing} marked "missing on chain"` : ""}.`,
      );
    await db.network.update({
      where: { id: network.id },
      data: {
        ...facts,
        genesisChangedAt: null,
        changedGenesisHash: null,
        lastCheckedAt: new Date(),
        lastCheckError: null,
      },
    });
  } catch (error) {
    log(`${network.name}: could not check instances (${error instanceof Error ? error.message : String(error)}).`);
  } finally {
    await disconnectApi(api);
  }
}
