-- AlterTable
ALTER TABLE "Case" ADD COLUMN     "agencyAbroad" TEXT,
ADD COLUMN     "cityAbroad" TEXT,
ADD COLUMN     "departureDate" TEXT,
ADD COLUMN     "workSector" TEXT;

