-- AlterTable
ALTER TABLE "Officer" ADD COLUMN     "passwordResetExpiresAt" TIMESTAMP(3),
ADD COLUMN     "passwordResetHash" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "Officer_passwordResetHash_key" ON "Officer"("passwordResetHash");

