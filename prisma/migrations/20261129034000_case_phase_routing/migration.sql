-- DropIndex
DROP INDEX "RoutingRule_regionId_caseKind_agencyId_key";

-- AlterTable
ALTER TABLE "RoutingRule" ADD COLUMN     "clause" TEXT,
ADD COLUMN     "phase" TEXT;

-- AlterTable
ALTER TABLE "Case" ADD COLUMN     "phase" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "RoutingRule_regionId_caseKind_phase_agencyId_key" ON "RoutingRule"("regionId", "caseKind", "phase", "agencyId");

