-- Why a deal was lost ("to competitor", "no budget"), said with the move to lost; and a contact's job title ("CFO").
ALTER TABLE "Deals" ADD "LostReason" character varying(4000) NULL;

ALTER TABLE "Contacts" ADD "Role" character varying(4000) NULL;
