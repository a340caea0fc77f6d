-- Networks managed by platform admins (issue 9): ADD COLUMN only, so parallel branches merge.
ALTER TABLE "Network" ADD COLUMN "enabled" BOOLEAN NOT NULL DEFAULT true;
ALTER TABLE "Network" ADD COLUMN "disabledAt" DATETIME;
ALTER TABLE "Network" ADD COLUMN "chainName" TEXT;
ALTER TABLE "Network" ADD COLUMN "specName" TEXT;
ALTER TABLE "Network" ADD COLUMN "specVersion" INTEGER;
ALTER TABLE "Network" ADD COLUMN "explorerAccountUrl" TEXT;
ALTER TABLE "Network" ADD COLUMN "explorerTxUrl" TEXT;
ALTER TABLE "Network" ADD COLUMN "explorerBlockUrl" TEXT;
ALTER TABLE "Network" ADD COLUMN "faucetUrl" TEXT;
ALTER TABLE "Network" ADD COLUMN "genesisChangedAt" DATETIME;
ALTER TABLE "Network" ADD COLUMN "changedGenesisHash" TEXT;
ALTER TABLE "Network" ADD COLUMN "lastCheckedAt" DATETIME;
ALTER TABLE "Network" ADD COLUMN "lastCheckError" TEXT;
ALTER TABLE "Network" ADD COLUMN "lastBlockNumber" INTEGER;
ALTER TABLE "Network" ADD COLUMN "lastBlockAt" DATETIME;

-- A dev chain reset left the contract gone: why, and since when.
ALTER TABLE "Deployment" ADD COLUMN "missingReason" TEXT;
ALTER TABLE "Deployment" ADD COLUMN "missingSince" DATETIME;
