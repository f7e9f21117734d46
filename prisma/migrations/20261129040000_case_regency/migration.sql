-- AlterTable
ALTER TABLE "Case" ADD COLUMN     "originRegencyCode" TEXT;

-- CreateIndex
CREATE INDEX "Case_originRegencyCode_idx" ON "Case"("originRegencyCode");
