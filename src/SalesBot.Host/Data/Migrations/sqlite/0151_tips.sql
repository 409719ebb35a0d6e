-- Tips (issue 18): what a rep shares with the team, posted to its channel and ranked by the team's reactions on that
-- post. One reaction row per person and emoji, so a person counts once and taking one emoji back leaves the others.

CREATE TABLE "Tips" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Tips" PRIMARY KEY AUTOINCREMENT,
    "TeamId" INTEGER NOT NULL,
    "MemberId" INTEGER NOT NULL,
    "Text" TEXT NOT NULL,
    "CreatedAt" INTEGER NOT NULL,
    "JournalEntryId" INTEGER NULL,
    CONSTRAINT "FK_Tips_Members_MemberId" FOREIGN KEY ("MemberId") REFERENCES "Members" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_Tips_Teams_TeamId" FOREIGN KEY ("TeamId") REFERENCES "Teams" ("Id") ON DELETE CASCADE
);

CREATE TABLE "TipReactions" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_TipReactions" PRIMARY KEY AUTOINCREMENT,
    "TipId" INTEGER NOT NULL,
    "Channel" TEXT NOT NULL,
    "ReactorId" TEXT NOT NULL,
    "Reaction" TEXT NOT NULL,
    "At" INTEGER NOT NULL,
    CONSTRAINT "FK_TipReactions_Tips_TipId" FOREIGN KEY ("TipId") REFERENCES "Tips" ("Id") ON DELETE CASCADE
);

CREATE UNIQUE INDEX "IX_TipReactions_TipId_Channel_ReactorId_Reaction" ON "TipReactions" ("TipId", "Channel", "ReactorId", "Reaction");
CREATE INDEX "IX_Tips_JournalEntryId" ON "Tips" ("JournalEntryId");
CREATE INDEX "IX_Tips_MemberId" ON "Tips" ("MemberId");
CREATE INDEX "IX_Tips_TeamId_CreatedAt" ON "Tips" ("TeamId", "CreatedAt");
