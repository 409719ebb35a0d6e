-- Indexes the stand-up, the weekly digest and the scheduler's catch-up read by (issue 7): with a year of a 200-rep team
-- (a million activities, 50,000 deals) they keep the digest's window queries to index ranges.

CREATE INDEX "IX_Activities_DealId_HappenedOn" ON "Activities" ("DealId", "HappenedOn");

CREATE INDEX "IX_DealStageChanges_ChangedAt" ON "DealStageChanges" ("ChangedAt");

CREATE INDEX "IX_Deals_TeamId_CreatedAt" ON "Deals" ("TeamId", "CreatedAt");

CREATE INDEX "IX_Tasks_TeamId_DoneAt" ON "Tasks" ("TeamId", "DoneAt");

CREATE INDEX "IX_ScheduledPosts_DueAt" ON "ScheduledPosts" ("DueAt");
