-- The weekly digest goes to the team's channel unless a manager turns it off ("don't post the digest in the channel").
ALTER TABLE "Teams" ADD "DigestInChannel" boolean NOT NULL DEFAULT TRUE;
-- Rows a manager's write created carry its journal entry, so undo can remove them (issue 16).
ALTER TABLE "TeamHolidays" ADD "JournalEntryId" integer NULL;
ALTER TABLE "Targets" ADD "JournalEntryId" integer NULL;
ALTER TABLE "Members" ADD "JournalEntryId" integer NULL;
ALTER TABLE "JoinCodes" ADD "JournalEntryId" integer NULL;
ALTER TABLE "ChannelBindings" ADD "JournalEntryId" integer NULL;
