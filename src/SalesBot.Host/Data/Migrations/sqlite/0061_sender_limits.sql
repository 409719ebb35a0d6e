-- Limits for senders who are not members (issue 12, findings 8 and 12): wrong join codes and the one explanation
-- an hour a stranger gets, counted per sender and overall over the last hour. And join codes that may relink an
-- already linked member only when the manager said so.

CREATE TABLE "SenderEvents" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_SenderEvents" PRIMARY KEY AUTOINCREMENT,
    "Channel" TEXT NOT NULL,
    "SenderId" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "At" INTEGER NOT NULL
);

CREATE INDEX "IX_SenderEvents_Kind_Channel_SenderId_At" ON "SenderEvents" ("Kind", "Channel", "SenderId", "At");

CREATE INDEX "IX_SenderEvents_Kind_At" ON "SenderEvents" ("Kind", "At");

ALTER TABLE "JoinCodes" ADD "Relink" INTEGER NOT NULL DEFAULT 0;
