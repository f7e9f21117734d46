-- CreateTable
CREATE TABLE "ReplyTemplate" (
    "id" UUID NOT NULL,
    "agencyId" TEXT NOT NULL,
    "seedKey" TEXT,
    "title" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "retiredAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ReplyTemplate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReplyTemplateChange" (
    "id" UUID NOT NULL,
    "templateId" UUID NOT NULL,
    "officerId" UUID NOT NULL,
    "action" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReplyTemplateChange_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ReplyTemplate_agencyId_retiredAt_idx" ON "ReplyTemplate"("agencyId", "retiredAt");

-- CreateIndex
CREATE UNIQUE INDEX "ReplyTemplate_agencyId_seedKey_key" ON "ReplyTemplate"("agencyId", "seedKey");

-- CreateIndex
CREATE INDEX "ReplyTemplateChange_templateId_createdAt_idx" ON "ReplyTemplateChange"("templateId", "createdAt");

-- AddForeignKey
ALTER TABLE "ReplyTemplate" ADD CONSTRAINT "ReplyTemplate_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReplyTemplateChange" ADD CONSTRAINT "ReplyTemplateChange_templateId_fkey" FOREIGN KEY ("templateId") REFERENCES "ReplyTemplate"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

