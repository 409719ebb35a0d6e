-- Generated from the EF model with `salesbot schema --provider sqlite`, then split by hand.
-- The CRM: teams, members, accounts, contacts, deals, activities, tasks, plans, targets.

CREATE TABLE "Teams" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Teams" PRIMARY KEY AUTOINCREMENT,
    "Name" TEXT NOT NULL,
    "NormalizedName" TEXT NOT NULL,
    "TimeZone" TEXT NOT NULL,
    "StandupTime" TEXT NOT NULL,
    "WorkingDays" TEXT NOT NULL,
    "Currency" TEXT NOT NULL,
    "DigestDay" TEXT NOT NULL,
    "DigestTime" TEXT NOT NULL,
    "PlanPromptMinutesBefore" INTEGER NOT NULL,
    "Visibility" TEXT NOT NULL,
    "ChannelEvents" TEXT NOT NULL,
    "ShowAmountsInChannel" INTEGER NOT NULL,
    "QuietHoursStart" TEXT NULL,
    "QuietHoursEnd" TEXT NULL,
    "CreatedAt" INTEGER NOT NULL
);

CREATE TABLE "Accounts" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Accounts" PRIMARY KEY AUTOINCREMENT,
    "TeamId" INTEGER NOT NULL,
    "Name" TEXT NOT NULL,
    "NormalizedName" TEXT NOT NULL,
    "CreatedByMemberId" INTEGER NULL,
    "CreatedAt" INTEGER NOT NULL,
    "JournalEntryId" INTEGER NULL,
    CONSTRAINT "FK_Accounts_Teams_TeamId" FOREIGN KEY ("TeamId") REFERENCES "Teams" ("Id") ON DELETE CASCADE
);

CREATE TABLE "ChannelBindings" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ChannelBindings" PRIMARY KEY AUTOINCREMENT,
    "TeamId" INTEGER NOT NULL,
    "Channel" TEXT NOT NULL,
    "ChatId" TEXT NOT NULL,
    "ThreadId" TEXT NULL,
    "ServiceUrl" TEXT NULL,
    "TenantId" TEXT NULL,
    "TeamsTeamId" TEXT NULL,
    "Title" TEXT NULL,
    "IsActive" INTEGER NOT NULL,
    "BoundByMemberId" INTEGER NULL,
    "BoundAt" INTEGER NOT NULL,
    CONSTRAINT "FK_ChannelBindings_Teams_TeamId" FOREIGN KEY ("TeamId") REFERENCES "Teams" ("Id") ON DELETE CASCADE
);

CREATE TABLE "JoinCodes" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_JoinCodes" PRIMARY KEY AUTOINCREMENT,
    "TeamId" INTEGER NOT NULL,
    "Code" TEXT NOT NULL,
    "MemberId" INTEGER NULL,
    "Role" TEXT NOT NULL,
    "CreatedByMemberId" INTEGER NULL,
    "CreatedAt" INTEGER NOT NULL,
    "ExpiresAt" INTEGER NOT NULL,
    "UsedAt" INTEGER NULL,
    CONSTRAINT "FK_JoinCodes_Teams_TeamId" FOREIGN KEY ("TeamId") REFERENCES "Teams" ("Id") ON DELETE CASCADE
);

CREATE TABLE "Members" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Members" PRIMARY KEY AUTOINCREMENT,
    "TeamId" INTEGER NOT NULL,
    "Name" TEXT NOT NULL,
    "NormalizedName" TEXT NOT NULL,
    "Role" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "AwayUntil" TEXT NULL,
    "TelegramUserId" INTEGER NULL,
    "TeamsUserId" TEXT NULL,
    "AadObjectId" TEXT NULL,
    "TeamsConversationId" TEXT NULL,
    "TeamsServiceUrl" TEXT NULL,
    "PrivateChatActive" INTEGER NOT NULL,
    "JoinedAt" INTEGER NOT NULL,
    CONSTRAINT "FK_Members_Teams_TeamId" FOREIGN KEY ("TeamId") REFERENCES "Teams" ("Id") ON DELETE CASCADE
);

CREATE TABLE "Targets" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Targets" PRIMARY KEY AUTOINCREMENT,
    "TeamId" INTEGER NOT NULL,
    "Metric" TEXT NOT NULL,
    "Period" TEXT NOT NULL,
    "Value" TEXT NOT NULL,
    "SetByMemberId" INTEGER NULL,
    "SetAt" INTEGER NOT NULL,
    CONSTRAINT "FK_Targets_Teams_TeamId" FOREIGN KEY ("TeamId") REFERENCES "Teams" ("Id") ON DELETE CASCADE
);

CREATE TABLE "TeamHolidays" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_TeamHolidays" PRIMARY KEY AUTOINCREMENT,
    "TeamId" INTEGER NOT NULL,
    "Date" TEXT NOT NULL,
    "Name" TEXT NULL,
    CONSTRAINT "FK_TeamHolidays_Teams_TeamId" FOREIGN KEY ("TeamId") REFERENCES "Teams" ("Id") ON DELETE CASCADE
);

CREATE TABLE "Contacts" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Contacts" PRIMARY KEY AUTOINCREMENT,
    "TeamId" INTEGER NOT NULL,
    "AccountId" INTEGER NULL,
    "Name" TEXT NOT NULL,
    "NormalizedName" TEXT NOT NULL,
    "Email" TEXT NULL,
    "Phone" TEXT NULL,
    "CreatedAt" INTEGER NOT NULL,
    "JournalEntryId" INTEGER NULL,
    CONSTRAINT "FK_Contacts_Accounts_AccountId" FOREIGN KEY ("AccountId") REFERENCES "Accounts" ("Id"),
    CONSTRAINT "FK_Contacts_Teams_TeamId" FOREIGN KEY ("TeamId") REFERENCES "Teams" ("Id") ON DELETE CASCADE
);

CREATE TABLE "DailyPlans" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_DailyPlans" PRIMARY KEY AUTOINCREMENT,
    "TeamId" INTEGER NOT NULL,
    "MemberId" INTEGER NOT NULL,
    "Date" TEXT NOT NULL,
    "Items" TEXT NOT NULL,
    "UpdatedAt" INTEGER NOT NULL,
    "JournalEntryId" INTEGER NULL,
    CONSTRAINT "FK_DailyPlans_Members_MemberId" FOREIGN KEY ("MemberId") REFERENCES "Members" ("Id") ON DELETE CASCADE
);

CREATE TABLE "Deals" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Deals" PRIMARY KEY AUTOINCREMENT,
    "TeamId" INTEGER NOT NULL,
    "AccountId" INTEGER NOT NULL,
    "OwnerId" INTEGER NOT NULL,
    "Name" TEXT NOT NULL,
    "NormalizedName" TEXT NOT NULL,
    "Stage" TEXT NOT NULL,
    "Amount" TEXT NULL,
    "Currency" TEXT NULL,
    "CloseDate" TEXT NULL,
    "CreatedAt" INTEGER NOT NULL,
    "StageChangedAt" INTEGER NOT NULL,
    "ClosedAt" INTEGER NULL,
    "JournalEntryId" INTEGER NULL,
    CONSTRAINT "FK_Deals_Accounts_AccountId" FOREIGN KEY ("AccountId") REFERENCES "Accounts" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_Deals_Members_OwnerId" FOREIGN KEY ("OwnerId") REFERENCES "Members" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Deals_Teams_TeamId" FOREIGN KEY ("TeamId") REFERENCES "Teams" ("Id") ON DELETE CASCADE
);

CREATE TABLE "Tasks" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Tasks" PRIMARY KEY AUTOINCREMENT,
    "TeamId" INTEGER NOT NULL,
    "OwnerId" INTEGER NOT NULL,
    "Title" TEXT NOT NULL,
    "Due" TEXT NULL,
    "DueTime" TEXT NULL,
    "AccountId" INTEGER NULL,
    "DealId" INTEGER NULL,
    "CreatedAt" INTEGER NOT NULL,
    "DoneAt" INTEGER NULL,
    "SourceMessageId" TEXT NULL,
    "JournalEntryId" INTEGER NULL,
    CONSTRAINT "FK_Tasks_Members_OwnerId" FOREIGN KEY ("OwnerId") REFERENCES "Members" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Tasks_Teams_TeamId" FOREIGN KEY ("TeamId") REFERENCES "Teams" ("Id") ON DELETE CASCADE
);

CREATE TABLE "Activities" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Activities" PRIMARY KEY AUTOINCREMENT,
    "TeamId" INTEGER NOT NULL,
    "MemberId" INTEGER NOT NULL,
    "Type" TEXT NOT NULL,
    "HappenedOn" TEXT NOT NULL,
    "HappenedAt" TEXT NULL,
    "RecordedAt" INTEGER NOT NULL,
    "AccountId" INTEGER NULL,
    "ContactId" INTEGER NULL,
    "DealId" INTEGER NULL,
    "Notes" TEXT NULL,
    "SourceMessageId" TEXT NULL,
    "SourceText" TEXT NULL,
    "JournalEntryId" INTEGER NULL,
    CONSTRAINT "FK_Activities_Accounts_AccountId" FOREIGN KEY ("AccountId") REFERENCES "Accounts" ("Id"),
    CONSTRAINT "FK_Activities_Contacts_ContactId" FOREIGN KEY ("ContactId") REFERENCES "Contacts" ("Id"),
    CONSTRAINT "FK_Activities_Deals_DealId" FOREIGN KEY ("DealId") REFERENCES "Deals" ("Id"),
    CONSTRAINT "FK_Activities_Members_MemberId" FOREIGN KEY ("MemberId") REFERENCES "Members" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Activities_Teams_TeamId" FOREIGN KEY ("TeamId") REFERENCES "Teams" ("Id") ON DELETE CASCADE
);

CREATE TABLE "DealCollaborators" (
    "DealId" INTEGER NOT NULL,
    "MemberId" INTEGER NOT NULL,
    "Role" TEXT NULL,
    CONSTRAINT "PK_DealCollaborators" PRIMARY KEY ("DealId", "MemberId"),
    CONSTRAINT "FK_DealCollaborators_Deals_DealId" FOREIGN KEY ("DealId") REFERENCES "Deals" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_DealCollaborators_Members_MemberId" FOREIGN KEY ("MemberId") REFERENCES "Members" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "DealStageChanges" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_DealStageChanges" PRIMARY KEY AUTOINCREMENT,
    "DealId" INTEGER NOT NULL,
    "From" TEXT NULL,
    "To" TEXT NOT NULL,
    "ChangedAt" INTEGER NOT NULL,
    "ChangedByMemberId" INTEGER NOT NULL,
    "JournalEntryId" INTEGER NULL,
    CONSTRAINT "FK_DealStageChanges_Deals_DealId" FOREIGN KEY ("DealId") REFERENCES "Deals" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_DealStageChanges_Members_ChangedByMemberId" FOREIGN KEY ("ChangedByMemberId") REFERENCES "Members" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "ActivityParticipants" (
    "ActivityId" INTEGER NOT NULL,
    "MemberId" INTEGER NOT NULL,
    CONSTRAINT "PK_ActivityParticipants" PRIMARY KEY ("ActivityId", "MemberId"),
    CONSTRAINT "FK_ActivityParticipants_Activities_ActivityId" FOREIGN KEY ("ActivityId") REFERENCES "Activities" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_ActivityParticipants_Members_MemberId" FOREIGN KEY ("MemberId") REFERENCES "Members" ("Id") ON DELETE RESTRICT
);

CREATE UNIQUE INDEX "IX_Accounts_TeamId_NormalizedName" ON "Accounts" ("TeamId", "NormalizedName");

CREATE INDEX "IX_Activities_AccountId" ON "Activities" ("AccountId");

CREATE INDEX "IX_Activities_ContactId" ON "Activities" ("ContactId");

CREATE INDEX "IX_Activities_DealId" ON "Activities" ("DealId");

CREATE INDEX "IX_Activities_MemberId" ON "Activities" ("MemberId");

CREATE INDEX "IX_Activities_SourceMessageId" ON "Activities" ("SourceMessageId");

CREATE INDEX "IX_Activities_TeamId_HappenedOn_MemberId_Type" ON "Activities" ("TeamId", "HappenedOn", "MemberId", "Type");

CREATE INDEX "IX_Activities_TeamId_RecordedAt" ON "Activities" ("TeamId", "RecordedAt");

CREATE INDEX "IX_ActivityParticipants_MemberId" ON "ActivityParticipants" ("MemberId");

CREATE UNIQUE INDEX "IX_ChannelBindings_Channel_ChatId" ON "ChannelBindings" ("Channel", "ChatId");

CREATE INDEX "IX_ChannelBindings_TeamId" ON "ChannelBindings" ("TeamId");

CREATE INDEX "IX_Contacts_AccountId" ON "Contacts" ("AccountId");

CREATE INDEX "IX_Contacts_TeamId_NormalizedName" ON "Contacts" ("TeamId", "NormalizedName");

CREATE UNIQUE INDEX "IX_DailyPlans_MemberId_Date" ON "DailyPlans" ("MemberId", "Date");

CREATE INDEX "IX_DailyPlans_TeamId_Date" ON "DailyPlans" ("TeamId", "Date");

CREATE INDEX "IX_DealCollaborators_MemberId" ON "DealCollaborators" ("MemberId");

CREATE INDEX "IX_Deals_AccountId" ON "Deals" ("AccountId");

CREATE INDEX "IX_Deals_OwnerId" ON "Deals" ("OwnerId");

CREATE INDEX "IX_Deals_TeamId_NormalizedName" ON "Deals" ("TeamId", "NormalizedName");

CREATE INDEX "IX_Deals_TeamId_Stage" ON "Deals" ("TeamId", "Stage");

CREATE INDEX "IX_DealStageChanges_ChangedByMemberId" ON "DealStageChanges" ("ChangedByMemberId");

CREATE INDEX "IX_DealStageChanges_DealId_ChangedAt" ON "DealStageChanges" ("DealId", "ChangedAt");

CREATE UNIQUE INDEX "IX_JoinCodes_Code" ON "JoinCodes" ("Code");

CREATE INDEX "IX_JoinCodes_TeamId" ON "JoinCodes" ("TeamId");

CREATE UNIQUE INDEX "IX_Members_AadObjectId" ON "Members" ("AadObjectId");

CREATE UNIQUE INDEX "IX_Members_TeamId_NormalizedName" ON "Members" ("TeamId", "NormalizedName");

CREATE UNIQUE INDEX "IX_Members_TeamsUserId" ON "Members" ("TeamsUserId");

CREATE UNIQUE INDEX "IX_Members_TelegramUserId" ON "Members" ("TelegramUserId");

CREATE UNIQUE INDEX "IX_Targets_TeamId_Metric_Period" ON "Targets" ("TeamId", "Metric", "Period");

CREATE INDEX "IX_Tasks_OwnerId" ON "Tasks" ("OwnerId");

CREATE INDEX "IX_Tasks_TeamId_OwnerId_Due" ON "Tasks" ("TeamId", "OwnerId", "Due");

CREATE UNIQUE INDEX "IX_TeamHolidays_TeamId_Date" ON "TeamHolidays" ("TeamId", "Date");

CREATE UNIQUE INDEX "IX_Teams_NormalizedName" ON "Teams" ("NormalizedName");
