-- The language the bot answers a team in (team add/set --language en|pl|ru); existing teams keep English.
ALTER TABLE "Teams" ADD "Language" character varying(8) NOT NULL DEFAULT 'en';
