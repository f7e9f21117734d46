-- CreateTable
CREATE TABLE "TelegramParkedUpdate" (
    "id" UUID NOT NULL,
    "updateId" BIGINT NOT NULL,
    "update" JSONB NOT NULL,
    "error" TEXT NOT NULL,
    "parkedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TelegramParkedUpdate_pkey" PRIMARY KEY ("id")
);

