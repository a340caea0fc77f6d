-- CreateTable
CREATE TABLE "DeployPreset" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "teamId" TEXT NOT NULL,
    "brickId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "config" TEXT NOT NULL,
    "fromVersion" TEXT NOT NULL,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "DeployPreset_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "DeployPreset_brickId_fkey" FOREIGN KEY ("brickId") REFERENCES "Brick" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "DeployPreset_brickId_idx" ON "DeployPreset"("brickId");

-- CreateIndex
CREATE UNIQUE INDEX "DeployPreset_teamId_brickId_name_key" ON "DeployPreset"("teamId", "brickId", "name");

