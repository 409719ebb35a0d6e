-- The forecast (issue 18): a team's own stage probabilities (stages without a row use the defaults in code),
-- and the history of deals' close dates, so deals that slipped more than once can be flagged.

CREATE TABLE "DealCloseDateChanges" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_DealCloseDateChanges" PRIMARY KEY AUTOINCREMENT,
    "DealId" INTEGER NOT NULL,
    "From" TEXT NULL,
    "To" TEXT NULL,
    "ChangedAt" INTEGER NOT NULL,
    "ChangedByMemberId" INTEGER NOT NULL,
    "JournalEntryId" INTEGER NULL,
    CONSTRAINT "FK_DealCloseDateChanges_Deals_DealId" FOREIGN KEY ("DealId") REFERENCES "Deals" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_DealCloseDateChanges_Members_ChangedByMemberId" FOREIGN KEY ("ChangedByMemberId") REFERENCES "Members" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "StageProbabilities" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_StageProbabilities" PRIMARY KEY AUTOINCREMENT,
    "TeamId" INTEGER NOT NULL,
    "Stage" TEXT NOT NULL,
    "Percent" INTEGER NOT NULL,
    CONSTRAINT "FK_StageProbabilities_Teams_TeamId" FOREIGN KEY ("TeamId") REFERENCES "Teams" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_DealCloseDateChanges_ChangedByMemberId" ON "DealCloseDateChanges" ("ChangedByMemberId");

CREATE INDEX "IX_DealCloseDateChanges_DealId" ON "DealCloseDateChanges" ("DealId");

CREATE UNIQUE INDEX "IX_StageProbabilities_TeamId_Stage" ON "StageProbabilities" ("TeamId", "Stage");
