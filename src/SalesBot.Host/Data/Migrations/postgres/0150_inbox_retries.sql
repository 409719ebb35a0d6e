-- One failure policy for every messenger's inbox (issue 17): a row whose handling fails is tried again later,
-- its attempts counted here, and after the last one it is dead-lettered (kept, counted in /healthz, logged).

ALTER TABLE "Inbox" ADD COLUMN "Attempts" integer NOT NULL DEFAULT 0;
ALTER TABLE "Inbox" ADD COLUMN "RetryAt" timestamp with time zone;
ALTER TABLE "Inbox" ADD COLUMN "DeadLetteredAt" timestamp with time zone;
ALTER TABLE "Inbox" ADD COLUMN "LastError" character varying(2000);
