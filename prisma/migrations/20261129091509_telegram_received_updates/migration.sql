-- CreateTable
CREATE TABLE "TelegramReceivedUpdate" (
    "botId" BIGINT NOT NULL,
    "updateId" BIGINT NOT NULL,
    "update" JSONB NOT NULL,
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TelegramReceivedUpdate_pkey" PRIMARY KEY ("botId","updateId")
);

