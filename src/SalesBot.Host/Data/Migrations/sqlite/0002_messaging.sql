-- Generated from the EF model with `salesbot schema --provider sqlite`, then split by hand.
-- Inbox, outbox, undo journal, open questions and the scheduled-post ledger.

CREATE TABLE "Inbox" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Inbox" PRIMARY KEY AUTOINCREMENT,
    "Channel" TEXT NOT NULL,
    "ExternalId" TEXT NOT NULL,
    "ReceivedAt" INTEGER NOT NULL,
    "Payload" TEXT NULL,
    "ProcessedAt" INTEGER NULL
);

CREATE TABLE "Outbox" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Outbox" PRIMARY KEY AUTOINCREMENT,
    "Channel" TEXT NOT NULL,
    "ChatId" TEXT NOT NULL,
    "ThreadId" TEXT NULL,
    "ServiceUrl" TEXT NULL,
    "ReplyToMessageId" TEXT NULL,
    "EditMessageId" TEXT NULL,
    "Kind" TEXT NOT NULL,
    "Body" TEXT NOT NULL,
    "TeamId" INTEGER NULL,
    "MemberId" INTEGER NULL,
    "BindingId" INTEGER NULL,
    "DedupKey" TEXT NULL,
    "CreatedAt" INTEGER NOT NULL,
    "NotBefore" INTEGER NOT NULL,
    "Attempts" INTEGER NOT NULL,
    "Status" TEXT NOT NULL,
    "SentAt" INTEGER NULL,
    "SentMessageId" TEXT NULL,
    "LastError" TEXT NULL
);

CREATE TABLE "ScheduledPosts" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ScheduledPosts" PRIMARY KEY AUTOINCREMENT,
    "TeamId" INTEGER NOT NULL,
    "Kind" TEXT NOT NULL,
    "Key" TEXT NOT NULL,
    "Recipient" TEXT NOT NULL,
    "DueAt" INTEGER NOT NULL,
    "PostedAt" INTEGER NOT NULL,
    "IsLate" INTEGER NOT NULL,
    "OutboxMessageId" INTEGER NULL,
    CONSTRAINT "FK_ScheduledPosts_Teams_TeamId" FOREIGN KEY ("TeamId") REFERENCES "Teams" ("Id") ON DELETE CASCADE
);

CREATE TABLE "Journal" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Journal" PRIMARY KEY AUTOINCREMENT,
    "TeamId" INTEGER NOT NULL,
    "MemberId" INTEGER NOT NULL,
    "Kind" TEXT NOT NULL,
    "Summary" TEXT NOT NULL,
    "Changes" TEXT NULL,
    "SourceMessageId" TEXT NULL,
    "CreatedAt" INTEGER NOT NULL,
    "UndoneAt" INTEGER NULL,
    CONSTRAINT "FK_Journal_Members_MemberId" FOREIGN KEY ("MemberId") REFERENCES "Members" ("Id") ON DELETE CASCADE
);

CREATE TABLE "OpenQuestions" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_OpenQuestions" PRIMARY KEY AUTOINCREMENT,
    "TeamId" INTEGER NOT NULL,
    "MemberId" INTEGER NOT NULL,
    "Command" TEXT NOT NULL,
    "Field" TEXT NOT NULL,
    "Options" TEXT NOT NULL,
    "SourceMessageId" TEXT NULL,
    "CreatedAt" INTEGER NOT NULL,
    "ExpiresAt" INTEGER NOT NULL,
    "AnsweredAt" INTEGER NULL,
    CONSTRAINT "FK_OpenQuestions_Members_MemberId" FOREIGN KEY ("MemberId") REFERENCES "Members" ("Id") ON DELETE CASCADE
);

CREATE UNIQUE INDEX "IX_Inbox_Channel_ExternalId" ON "Inbox" ("Channel", "ExternalId");

CREATE INDEX "IX_Inbox_ProcessedAt" ON "Inbox" ("ProcessedAt");

CREATE INDEX "IX_Journal_MemberId_CreatedAt" ON "Journal" ("MemberId", "CreatedAt");

CREATE INDEX "IX_Journal_SourceMessageId" ON "Journal" ("SourceMessageId");

CREATE INDEX "IX_OpenQuestions_MemberId_CreatedAt" ON "OpenQuestions" ("MemberId", "CreatedAt");

CREATE UNIQUE INDEX "IX_Outbox_DedupKey" ON "Outbox" ("DedupKey");

CREATE INDEX "IX_Outbox_Status_NotBefore" ON "Outbox" ("Status", "NotBefore");

CREATE UNIQUE INDEX "IX_ScheduledPosts_TeamId_Kind_Key_Recipient" ON "ScheduledPosts" ("TeamId", "Kind", "Key", "Recipient");
