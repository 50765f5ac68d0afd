-- Search's rows move out of the FTS5 table into a plain one, and FTS5 keeps only the words.
-- Why: a search filters by programme, scope and kind, and every trigger finds its rows by kind
-- and record; in the FTS5 table those were UNINDEXED columns, stored after the title and body,
-- so each match of a search and each trigger's DELETE read a whole row, body and all. On the
-- bench's scale fixture (2 million words) that was about 40 ms of a search for "care" and
-- about 19 ms of every section save. Now:
--   "SearchIndex" is a plain table, same columns and name, as loose as the FTS5 columns were,
--   so every trigger of the earlier migrations writes to it unchanged; the short columns come first (a row is read without its
--   body) and (kind, recordId) is indexed.
--   "SearchText" is FTS5 over its title and body with SearchIndex as its external content: it
--   holds the index of words only, kept in step by the three triggers below, and reads title
--   and body from SearchIndex when it writes a snippet.
-- Hand-written (Prisma does not model FTS5); PostgreSQL already keeps a plain table.

CREATE TABLE "SearchIndexCopy" AS
    SELECT rowid AS id, kind, recordId, programmeId, scope, title, body FROM "SearchIndex";
DROP TABLE "SearchIndex";

CREATE TABLE "SearchIndex" (
    "id" INTEGER NOT NULL PRIMARY KEY,
    "kind" TEXT NOT NULL,
    "recordId" TEXT,
    "programmeId" TEXT,
    "scope" TEXT,
    -- May be empty, as the FTS5 columns could be (a document with no summary).
    "title" TEXT,
    "body" TEXT
);
INSERT INTO "SearchIndex" (id, kind, recordId, programmeId, scope, title, body)
    SELECT id, kind, recordId, programmeId, scope, title, body
    FROM "SearchIndexCopy";
DROP TABLE "SearchIndexCopy";
CREATE INDEX "SearchIndex_kind_recordId_idx" ON "SearchIndex" ("kind", "recordId");

CREATE VIRTUAL TABLE "SearchText" USING fts5(
    title,
    body,
    content = 'SearchIndex',
    content_rowid = 'id',
    tokenize = 'porter unicode61 remove_diacritics 2'
);
INSERT INTO "SearchText" ("SearchText") VALUES ('rebuild');

-- An external-content FTS5 table is told of every change, with the old words for a removal.
CREATE TRIGGER "SearchText_insert" AFTER INSERT ON "SearchIndex" BEGIN
    INSERT INTO "SearchText" (rowid, title, body) VALUES (NEW."id", NEW."title", NEW."body");
END;
CREATE TRIGGER "SearchText_delete" AFTER DELETE ON "SearchIndex" BEGIN
    INSERT INTO "SearchText" ("SearchText", rowid, title, body)
    VALUES ('delete', OLD."id", OLD."title", OLD."body");
END;
CREATE TRIGGER "SearchText_update" AFTER UPDATE ON "SearchIndex" BEGIN
    INSERT INTO "SearchText" ("SearchText", rowid, title, body)
    VALUES ('delete', OLD."id", OLD."title", OLD."body");
    INSERT INTO "SearchText" (rowid, title, body) VALUES (NEW."id", NEW."title", NEW."body");
END;
