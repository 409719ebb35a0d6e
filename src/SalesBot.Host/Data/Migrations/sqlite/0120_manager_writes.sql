-- The weekly digest goes to the team's channel unless a manager turns it off ("don't post the digest in the channel").
ALTER TABLE "Teams" ADD COLUMN "DigestInChannel" INTEGER NOT NULL DEFAULT 1;
-- Rows a manager's write created carry its journal entry, so undo can remove them (issue 16).
ALTER TABLE "TeamHolidays" ADD COLUMN "JournalEntryId" INTEGER NULL;
ALTER TABLE "Targets" ADD COLUMN "JournalEntryId" INTEGER NULL;
ALTER TABLE "Members" ADD COLUMN "JournalEntryId" INTEGER NULL;
ALTER TABLE "JoinCodes" ADD COLUMN "JournalEntryId" INTEGER NULL;
ALTER TABLE "ChannelBindings" ADD COLUMN "JournalEntryId" INTEGER NULL;
