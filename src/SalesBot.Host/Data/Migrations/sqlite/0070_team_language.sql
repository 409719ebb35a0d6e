-- The language the bot answers a team in (team add/set --language en|pl|ru); existing teams keep English.
ALTER TABLE "Teams" ADD COLUMN "Language" TEXT NOT NULL DEFAULT 'en';
