-- Issue 14: brick owners and shared rate-limit counters. ADD COLUMN / CREATE only.

-- Brick owners: the first publisher (and the team they published through).
ALTER TABLE "Brick" ADD COLUMN "ownerTeamId" TEXT REFERENCES "Team"("id") ON DELETE SET NULL;
ALTER TABLE "Brick" ADD COLUMN "ownerUserId" TEXT REFERENCES "User"("id") ON DELETE SET NULL;
CREATE INDEX "Brick_ownerUserId_idx" ON "Brick"("ownerUserId");
CREATE INDEX "Brick_ownerTeamId_idx" ON "Brick"("ownerTeamId");

-- Backfill: a brick someone published through the UI or API belongs to its first publisher; a
-- seeded brick (no publisher) stays with the platform, i.e. platform admins.
UPDATE "Brick" SET "ownerUserId" = (
  SELECT v."publishedById" FROM "BrickVersion" v
  WHERE v."brickId" = "Brick"."id" AND v."publishedById" IS NOT NULL
  ORDER BY v."createdAt" ASC LIMIT 1
) WHERE "ownerUserId" IS NULL;

-- rate-limiter-flexible's Prisma store.
CREATE TABLE "RateLimiterFlexible" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "points" INTEGER NOT NULL,
    "expire" DATETIME
);
CREATE INDEX "RateLimiterFlexible_expire_idx" ON "RateLimiterFlexible"("expire");
