-- Contract platforms: networks say which pallet they run, versions which platform their code needs.
ALTER TABLE "Network" ADD COLUMN "platform" TEXT NOT NULL DEFAULT 'contracts';
ALTER TABLE "Network" ADD COLUMN "genesisHash" TEXT;
ALTER TABLE "BrickVersion" ADD COLUMN "bundleKind" TEXT NOT NULL DEFAULT 'ink';
ALTER TABLE "BrickVersion" ADD COLUMN "platform" TEXT NOT NULL DEFAULT 'contracts';
