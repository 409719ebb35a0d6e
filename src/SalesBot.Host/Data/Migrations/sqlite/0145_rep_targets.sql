-- Targets per rep (issue 18): a target row names the rep it is for, or none for the team's target that applies to
-- every rep. Existing rows stay as they were: team targets. The unique index keys a team target as rep 0, because a
-- unique index treats NULLs as distinct and would let a team hold two team targets for one metric and period.

ALTER TABLE "Targets" ADD COLUMN "MemberId" INTEGER NULL;
DROP INDEX "IX_Targets_TeamId_Metric_Period";
CREATE UNIQUE INDEX "IX_Targets_TeamId_Metric_Period_MemberId" ON "Targets" ("TeamId", "Metric", "Period", COALESCE("MemberId", 0));
