-- Issue 13, part 2: webhook trigger (sealed HMAC secret per instance, signatures seen within the
-- replay window) and the query URL's access choice.
ALTER TABLE "FunctionInstance" ADD COLUMN "queryAccess" TEXT NOT NULL DEFAULT 'token';

-- CreateTable
CREATE TABLE "FunctionWebhook" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "instanceId" TEXT NOT NULL,
    "ciphertext" TEXT NOT NULL,
    "keyId" TEXT NOT NULL,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "FunctionWebhook_instanceId_fkey" FOREIGN KEY ("instanceId") REFERENCES "FunctionInstance" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "FunctionWebhookCall" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "instanceId" TEXT NOT NULL,
    "signature" TEXT NOT NULL,
    "sentAt" DATETIME NOT NULL,
    "jobId" TEXT,
    "receivedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "FunctionWebhookCall_instanceId_fkey" FOREIGN KEY ("instanceId") REFERENCES "FunctionInstance" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "FunctionWebhook_instanceId_key" ON "FunctionWebhook"("instanceId");

-- CreateIndex
CREATE INDEX "FunctionWebhookCall_receivedAt_idx" ON "FunctionWebhookCall"("receivedAt");

-- CreateIndex
CREATE UNIQUE INDEX "FunctionWebhookCall_instanceId_signature_key" ON "FunctionWebhookCall"("instanceId", "signature");
