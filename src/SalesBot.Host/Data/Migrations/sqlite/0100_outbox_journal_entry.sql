-- A team post names the journal entry whose write it announces, so undo and edit-amend withdraw it by that
-- column instead of reading a prefix of its DedupKey. Existing posts keep their keys ("post:ID:...") and get the id.
ALTER TABLE "Outbox" ADD "JournalEntryId" INTEGER NULL;

CREATE INDEX "IX_Outbox_JournalEntryId" ON "Outbox" ("JournalEntryId");

UPDATE "Outbox" SET "JournalEntryId" = CAST(substr("DedupKey", 6, instr(substr("DedupKey", 6), ':') - 1) AS INTEGER)
WHERE "Kind" = 'TeamPost' AND "DedupKey" GLOB 'post:[0-9]*:*';
