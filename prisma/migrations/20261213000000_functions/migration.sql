-- CreateTable
CREATE TABLE "FunctionInstance" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "teamId" TEXT,
    "name" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "sourceHash" TEXT NOT NULL,
    "config" TEXT NOT NULL DEFAULT '{}',
    "schedule" TEXT,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "state" TEXT NOT NULL DEFAULT 'null',
    "networkId" TEXT,
    "targetAddress" TEXT,
    "targetAbi" TEXT,
    "delivery" TEXT,
    "nextSeq" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "FunctionRun" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "instanceId" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "slotKey" TEXT NOT NULL,
    "jobId" TEXT NOT NULL,
    "attempt" INTEGER NOT NULL DEFAULT 0,
    "workerId" TEXT,
    "trigger" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "input" TEXT,
    "stateBefore" TEXT,
    "output" TEXT,
    "error" TEXT,
    "logs" TEXT NOT NULL DEFAULT '[]',
    "receipt" TEXT,
    "durationMs" INTEGER,
    "startedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" DATETIME,
    CONSTRAINT "FunctionRun_instanceId_fkey" FOREIGN KEY ("instanceId") REFERENCES "FunctionInstance" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "FunctionHttpBody" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "runId" TEXT NOT NULL,
    "bodyHash" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    CONSTRAINT "FunctionHttpBody_runId_fkey" FOREIGN KEY ("runId") REFERENCES "FunctionRun" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "FunctionSecret" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "instanceId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "ciphertext" TEXT NOT NULL,
    "keyId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "FunctionSecret_instanceId_fkey" FOREIGN KEY ("instanceId") REFERENCES "FunctionInstance" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AutomationAccount" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "instanceId" TEXT NOT NULL,
    "address" TEXT NOT NULL,
    "publicKey" TEXT NOT NULL,
    "encryptedSeed" TEXT NOT NULL,
    "keyId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "AutomationAccount_instanceId_fkey" FOREIGN KEY ("instanceId") REFERENCES "FunctionInstance" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "FunctionDelivery" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "instanceId" TEXT NOT NULL,
    "runId" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "message" TEXT NOT NULL,
    "args" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "nonce" INTEGER,
    "signedAtBlock" INTEGER,
    "extrinsicHash" TEXT,
    "signedTx" TEXT,
    "blockHash" TEXT,
    "blockNumber" INTEGER,
    "failureReason" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "FunctionDelivery_instanceId_fkey" FOREIGN KEY ("instanceId") REFERENCES "FunctionInstance" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "FunctionDelivery_runId_fkey" FOREIGN KEY ("runId") REFERENCES "FunctionRun" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "FunctionInstance_teamId_idx" ON "FunctionInstance"("teamId");

-- CreateIndex
CREATE INDEX "FunctionRun_instanceId_startedAt_idx" ON "FunctionRun"("instanceId", "startedAt");

-- CreateIndex
CREATE UNIQUE INDEX "FunctionRun_instanceId_slotKey_key" ON "FunctionRun"("instanceId", "slotKey");

-- CreateIndex
CREATE UNIQUE INDEX "FunctionRun_instanceId_seq_key" ON "FunctionRun"("instanceId", "seq");

-- CreateIndex
CREATE UNIQUE INDEX "FunctionHttpBody_runId_bodyHash_key" ON "FunctionHttpBody"("runId", "bodyHash");

-- CreateIndex
CREATE UNIQUE INDEX "FunctionSecret_instanceId_name_key" ON "FunctionSecret"("instanceId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "AutomationAccount_instanceId_key" ON "AutomationAccount"("instanceId");

-- CreateIndex
CREATE UNIQUE INDEX "FunctionDelivery_runId_key" ON "FunctionDelivery"("runId");

-- CreateIndex
CREATE INDEX "FunctionDelivery_status_idx" ON "FunctionDelivery"("status");

-- CreateIndex
CREATE UNIQUE INDEX "FunctionDelivery_instanceId_seq_key" ON "FunctionDelivery"("instanceId", "seq");

-- CreateIndex
CREATE UNIQUE INDEX "FunctionDelivery_instanceId_nonce_key" ON "FunctionDelivery"("instanceId", "nonce");
