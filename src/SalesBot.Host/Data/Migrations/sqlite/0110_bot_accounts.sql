-- The bot's own account as the messenger last confirmed it (issue 17): the Telegram username that mentions
-- name, kept so inbox processing never has to ask getMe first. The bot id itself comes from the token.

CREATE TABLE "BotAccounts" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_BotAccounts" PRIMARY KEY AUTOINCREMENT,
    "Channel" TEXT NOT NULL,
    "BotId" TEXT NOT NULL,
    "Username" TEXT NOT NULL,
    "ConfirmedAt" INTEGER NOT NULL
);

CREATE UNIQUE INDEX "IX_BotAccounts_Channel_BotId" ON "BotAccounts" ("Channel", "BotId");
