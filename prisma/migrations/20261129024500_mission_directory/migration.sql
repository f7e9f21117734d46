-- CreateTable
CREATE TABLE "Mission" (
    "id" TEXT NOT NULL,
    "country" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "city" TEXT NOT NULL,
    "areas" TEXT[],
    "phone" TEXT,
    "sourceUrl" TEXT,
    "checkedOn" DATE,
    "note" TEXT,
    "confirmedAt" TIMESTAMP(3),
    "confirmedById" UUID,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Mission_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CountryEmergencyNumber" (
    "country" TEXT NOT NULL,
    "ambulance" TEXT,
    "police" TEXT,
    "fire" TEXT,
    "sourceUrl" TEXT,
    "checkedOn" DATE,
    "note" TEXT,
    "confirmedAt" TIMESTAMP(3),
    "confirmedById" UUID,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CountryEmergencyNumber_pkey" PRIMARY KEY ("country")
);

-- CreateTable
CREATE TABLE "DirectoryChange" (
    "id" UUID NOT NULL,
    "entity" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "officerId" UUID NOT NULL,
    "action" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DirectoryChange_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Mission_country_idx" ON "Mission"("country");

-- CreateIndex
CREATE INDEX "DirectoryChange_entity_entityId_createdAt_idx" ON "DirectoryChange"("entity", "entityId", "createdAt");

