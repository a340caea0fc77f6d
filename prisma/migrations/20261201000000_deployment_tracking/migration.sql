-- AlterTable
ALTER TABLE "Deployment" ADD COLUMN "signer" TEXT;

-- CreateTable
CREATE TABLE "DeploymentTx" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "deploymentId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "signer" TEXT NOT NULL,
    "payload" TEXT NOT NULL,
    "signedExtrinsic" TEXT,
    "extrinsicHash" TEXT,
    "blockHash" TEXT,
    "blockNumber" INTEGER,
    "failureReason" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "DeploymentTx_deploymentId_fkey" FOREIGN KEY ("deploymentId") REFERENCES "Deployment" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ContractEvent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "deploymentId" TEXT NOT NULL,
    "blockHash" TEXT NOT NULL,
    "blockNumber" INTEGER NOT NULL,
    "eventIndex" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "args" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ContractEvent_deploymentId_fkey" FOREIGN KEY ("deploymentId") REFERENCES "Deployment" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "DeploymentTx_status_idx" ON "DeploymentTx"("status");

-- CreateIndex
CREATE UNIQUE INDEX "DeploymentTx_deploymentId_kind_key" ON "DeploymentTx"("deploymentId", "kind");

-- CreateIndex
CREATE INDEX "ContractEvent_deploymentId_idx" ON "ContractEvent"("deploymentId");

-- CreateIndex
CREATE UNIQUE INDEX "ContractEvent_blockHash_eventIndex_key" ON "ContractEvent"("blockHash", "eventIndex");

