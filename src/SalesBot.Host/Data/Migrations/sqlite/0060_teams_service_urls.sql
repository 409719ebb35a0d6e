-- Teams serviceUrls and whether a Bot Connector token vouched for each (issue 12, finding 10). The bot's own
-- token goes only to verified urls; urls stored on bindings and members before this table existed (possibly
-- in emulator mode) are not carried over: the next authenticated activity from a region verifies it again.

CREATE TABLE "TeamsServiceUrls" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_TeamsServiceUrls" PRIMARY KEY AUTOINCREMENT,
    "Url" TEXT NOT NULL,
    "Verified" INTEGER NOT NULL,
    "FirstSeenAt" INTEGER NOT NULL,
    "VerifiedAt" INTEGER NULL
);

CREATE UNIQUE INDEX "IX_TeamsServiceUrls_Url" ON "TeamsServiceUrls" ("Url");
