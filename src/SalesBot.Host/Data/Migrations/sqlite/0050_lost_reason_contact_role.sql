-- Why a deal was lost ("to competitor", "no budget"), said with the move to lost; and a contact's job title ("CFO").
ALTER TABLE "Deals" ADD COLUMN "LostReason" TEXT NULL;

ALTER TABLE "Contacts" ADD COLUMN "Role" TEXT NULL;
