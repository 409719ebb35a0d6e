-- Quartz keeps its jobs in memory on SQLite: one host per SQLite file, and the ScheduledPosts ledger
-- gives exactly-once across restarts. Nothing to create; the number is kept in step with PostgreSQL's 0040.
SELECT 1;
