-- Issue 13: function bricks in the catalog (Brick.kind) and function instances configured from them.
ALTER TABLE "Brick" ADD COLUMN "kind" TEXT NOT NULL DEFAULT 'contract';
ALTER TABLE "FunctionInstance" ADD COLUMN "brickVersionId" TEXT;
ALTER TABLE "FunctionInstance" ADD COLUMN "createdById" TEXT;
ALTER TABLE "FunctionInstance" ADD COLUMN "targetDeploymentId" TEXT;
CREATE INDEX "Brick_kind_idx" ON "Brick"("kind");
CREATE INDEX "FunctionInstance_brickVersionId_idx" ON "FunctionInstance"("brickVersionId");
