-- Issue 13, round 5: the contract-event trigger (source deployment + event name), the event
-- outbox the indexer fills, and configuration versions (instance, runs). Additive only.
ALTER TABLE "FunctionInstance" ADD COLUMN "eventSourceId" TEXT;
ALTER TABLE "FunctionInstance" ADD COLUMN "eventName" TEXT;
ALTER TABLE "FunctionInstance" ADD COLUMN "configVersion" INTEGER NOT NULL DEFAULT 1;
ALTER TABLE "FunctionRun" ADD COLUMN "configVersion" INTEGER;

-- CreateTable
CREATE TABLE "FunctionEventTrigger" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "instanceId" TEXT NOT NULL,
    "blockHash" TEXT NOT NULL,
    "blockNumber" INTEGER NOT NULL,
    "eventIndex" INTEGER NOT NULL,
    "event" TEXT NOT NULL,
    "jobId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "FunctionEventTrigger_instanceId_fkey" FOREIGN KEY ("instanceId") REFERENCES "FunctionInstance" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "FunctionConfigVersion" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "instanceId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "config" TEXT NOT NULL,
    "changes" TEXT NOT NULL DEFAULT '[]',
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "FunctionConfigVersion_instanceId_fkey" FOREIGN KEY ("instanceId") REFERENCES "FunctionInstance" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "FunctionEventTrigger_jobId_idx" ON "FunctionEventTrigger"("jobId");

-- CreateIndex
CREATE UNIQUE INDEX "FunctionEventTrigger_instanceId_blockHash_eventIndex_key" ON "FunctionEventTrigger"("instanceId", "blockHash", "eventIndex");

-- CreateIndex
CREATE UNIQUE INDEX "FunctionConfigVersion_instanceId_version_key" ON "FunctionConfigVersion"("instanceId", "version");
