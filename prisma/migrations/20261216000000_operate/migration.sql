-- Settings actions ride on DeploymentTx (kind "action:<key>").
ALTER TABLE "DeploymentTx" ADD COLUMN "actionId" TEXT;
ALTER TABLE "DeploymentTx" ADD COLUMN "actionInput" TEXT;
ALTER TABLE "DeploymentTx" ADD COLUMN "actorId" TEXT;

-- CreateTable
CREATE TABLE "ContractEventCursor" (
    "networkId" TEXT NOT NULL PRIMARY KEY,
    "blockNumber" INTEGER NOT NULL,
    "blockHash" TEXT NOT NULL,
    "updatedAt" DATETIME NOT NULL
);
