-- What a write did as typed facts (JSON), so undo names it in the reader's language (issue 13); Summary keeps the English line.
ALTER TABLE "Journal" ADD "Facts" character varying(100000) NULL;
