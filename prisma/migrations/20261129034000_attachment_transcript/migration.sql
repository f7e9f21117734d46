-- AlterTable
ALTER TABLE "Attachment" ADD COLUMN     "transcribedAt" TIMESTAMP(3),
ADD COLUMN     "transcript" TEXT;

