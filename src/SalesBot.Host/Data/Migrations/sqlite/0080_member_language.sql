-- The language a member asked the bot to answer in ("/lang pl"); null follows the message and the team's language.
ALTER TABLE "Members" ADD COLUMN "Language" TEXT NULL;
