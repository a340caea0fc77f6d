// What the tracker loads for a transaction in flight: the deployment, its network and the brick
// version (ABI, manifest and code hash to decode events, verify the instance and prove the link).
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { IN_FLIGHT_STATUSES } from "@/lib/statuses/deployment-statuses";

export const TRACKED_INCLUDE = {
  deployment: {
    include: {
      network: true,
      brickVersion: { select: { id: true, version: true, codeHash: true, abi: true, manifest: true, wasm: true } },
    },
  },
} satisfies Prisma.DeploymentTxInclude;

export type TTrackedTx = Prisma.DeploymentTxGetPayload<{ include: typeof TRACKED_INCLUDE }>;

export const PENDING_TX_STATUSES = IN_FLIGHT_STATUSES;

export function loadTrackedTx(id: string): Promise<TTrackedTx | null> {
  return db.deploymentTx.findUnique({ where: { id }, include: TRACKED_INCLUDE });
}

export function listPendingTxs(): Promise<TTrackedTx[]> {
  return db.deploymentTx.findMany({
    where: { status: { in: [...PENDING_TX_STATUSES] } },
    include: TRACKED_INCLUDE,
    orderBy: { updatedAt: "asc" },
  });
}
