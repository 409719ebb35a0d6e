-- Indexes for what runs once per message or per send.

-- "That's 3 calls this week": every logged activity counts the member's activities of its type this week. On the
-- member-only index that count read all of the member's activities ever (a rep's year made each message ~2 ms
-- slower); (member, type, day) makes it one short index range, and its prefix serves the member foreign key too.

CREATE INDEX "IX_Activities_MemberId_Type_HappenedOn" ON "Activities" ("MemberId", "Type", "HappenedOn");

DROP INDEX "IX_Activities_MemberId";

-- The outbox dispatcher looks for the oldest pending row of each chat several times a second. When Telegram's 30
-- messages a second fall behind the replies being written, tens of thousands of rows wait; with this index the
-- lookup reads the index alone instead of every pending row and a sort.
CREATE INDEX "IX_Outbox_Status_Channel_ChatId_Id" ON "Outbox" ("Status", "Channel", "ChatId", "Id");
