-- Messenger identities out of Core's member and binding columns (issue 17, decision 0025): one ChannelIdentities row
-- per member and messenger, and the messenger's own address fields as one opaque key/value "Address" (JSON) on
-- identities, bindings and outbox rows. Existing data is carried over exactly; ExportBeforeIdentities reads old
-- exports the same way.

CREATE TABLE "ChannelIdentities" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ChannelIdentities" PRIMARY KEY AUTOINCREMENT,
    "MemberId" INTEGER NOT NULL,
    "Channel" TEXT NOT NULL,
    "UserId" TEXT NULL,
    "DirectoryId" TEXT NULL,
    "PrivateChatId" TEXT NULL,
    "Address" TEXT NULL,
    "Verified" INTEGER NOT NULL,
    CONSTRAINT "FK_ChannelIdentities_Members_MemberId" FOREIGN KEY ("MemberId") REFERENCES "Members" ("Id") ON DELETE CASCADE
);

CREATE UNIQUE INDEX "IX_ChannelIdentities_Channel_DirectoryId" ON "ChannelIdentities" ("Channel", "DirectoryId");
CREATE UNIQUE INDEX "IX_ChannelIdentities_Channel_UserId" ON "ChannelIdentities" ("Channel", "UserId");
CREATE UNIQUE INDEX "IX_ChannelIdentities_MemberId_Channel" ON "ChannelIdentities" ("MemberId", "Channel");

-- Telegram: a user's private chat with the bot has the user's id. Nothing stored says whether the id was typed by a
-- manager or seen on a message, so none is verified; the member's next message verifies it.
INSERT INTO "ChannelIdentities" ("MemberId", "Channel", "UserId", "DirectoryId", "PrivateChatId", "Address", "Verified")
SELECT "Id", 'Telegram', CAST("TelegramUserId" AS TEXT), NULL, CAST("TelegramUserId" AS TEXT), NULL, 0
FROM "Members" WHERE "TelegramUserId" IS NOT NULL;

-- Teams: the "29:" user id, the Entra object id as the directory id, the 1:1 conversation and its serviceUrl.
INSERT INTO "ChannelIdentities" ("MemberId", "Channel", "UserId", "DirectoryId", "PrivateChatId", "Address", "Verified")
SELECT "Id", 'Teams', "TeamsUserId", "AadObjectId", "TeamsConversationId",
       CASE WHEN "TeamsServiceUrl" IS NULL THEN NULL ELSE json_object('serviceUrl', "TeamsServiceUrl") END,
       CASE WHEN "TeamsUserId" IS NULL THEN 0 ELSE 1 END
FROM "Members" WHERE "TeamsUserId" IS NOT NULL OR "AadObjectId" IS NOT NULL OR "TeamsConversationId" IS NOT NULL;

DROP INDEX "IX_Members_TelegramUserId";
DROP INDEX "IX_Members_TeamsUserId";
DROP INDEX "IX_Members_AadObjectId";
ALTER TABLE "Members" DROP COLUMN "TelegramUserId";
ALTER TABLE "Members" DROP COLUMN "TeamsUserId";
ALTER TABLE "Members" DROP COLUMN "AadObjectId";
ALTER TABLE "Members" DROP COLUMN "TeamsConversationId";
ALTER TABLE "Members" DROP COLUMN "TeamsServiceUrl";

-- json_patch onto {} drops the null members, as ChannelAddress.Write does.
ALTER TABLE "ChannelBindings" ADD COLUMN "Address" TEXT NULL;
UPDATE "ChannelBindings"
SET "Address" = NULLIF(json_patch('{}', json_object('serviceUrl', "ServiceUrl", 'tenantId', "TenantId", 'teamId', "TeamsTeamId")), '{}');
ALTER TABLE "ChannelBindings" DROP COLUMN "ServiceUrl";
ALTER TABLE "ChannelBindings" DROP COLUMN "TenantId";
ALTER TABLE "ChannelBindings" DROP COLUMN "TeamsTeamId";

ALTER TABLE "Outbox" ADD COLUMN "Address" TEXT NULL;
UPDATE "Outbox" SET "Address" = json_object('serviceUrl', "ServiceUrl") WHERE "ServiceUrl" IS NOT NULL;
ALTER TABLE "Outbox" DROP COLUMN "ServiceUrl";
