-- Core names no messenger (issue 17, decision 0025): the serviceUrls Teams' Bot Connector vouched for (0060) become
-- rows of one ChannelEndpoints table, keyed by messenger and url; every url and its verified state is carried over.

CREATE TABLE "ChannelEndpoints" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ChannelEndpoints" PRIMARY KEY AUTOINCREMENT,
    "Channel" TEXT NOT NULL,
    "Url" TEXT NOT NULL,
    "Verified" INTEGER NOT NULL,
    "FirstSeenAt" INTEGER NOT NULL,
    "VerifiedAt" INTEGER NULL
);

CREATE UNIQUE INDEX "IX_ChannelEndpoints_Channel_Url" ON "ChannelEndpoints" ("Channel", "Url");

INSERT INTO "ChannelEndpoints" ("Channel", "Url", "Verified", "FirstSeenAt", "VerifiedAt")
SELECT 'Teams', "Url", "Verified", "FirstSeenAt", "VerifiedAt" FROM "TeamsServiceUrls" ORDER BY "Id";

DROP TABLE "TeamsServiceUrls";
