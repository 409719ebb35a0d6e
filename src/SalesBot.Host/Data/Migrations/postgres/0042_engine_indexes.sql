-- "That's 3 calls this week": every logged activity counts the member's activities of its type this week. On the
-- member-only index that count read all of the member's activities ever (a rep's year made each message ~2 ms
-- slower); (member, type, day) makes it one short index range, and its prefix serves the member foreign key too.

CREATE INDEX "IX_Activities_MemberId_Type_HappenedOn" ON "Activities" ("MemberId", "Type", "HappenedOn");

DROP INDEX "IX_Activities_MemberId";
