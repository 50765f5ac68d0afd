-- ---------- Search (hand-written: Prisma does not model full-text search) ----------
-- The PostgreSQL twin of the SQLite SearchIndex (FTS5, see ../../../migrations/*_versions_and_search
-- and *_search_comments_and_releases): the same rows, filled by triggers on the same sources,
-- searched through the same interface (packages/api/src/services/search.ts). Here the words are
-- a stored tsvector with a GIN index. The text search configuration mirrors FTS5's
-- 'porter unicode61 remove_diacritics 2': English stemming, accents removed.
-- Adding a source: triggers for its table in both histories, plus one entry in
-- packages/api/src/services/search-sources.ts.
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE TEXT SEARCH CONFIGURATION coproduce (COPY = english);
ALTER TEXT SEARCH CONFIGURATION coproduce
    ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem;

CREATE TABLE "SearchIndex" (
    "title" TEXT NOT NULL DEFAULT '',
    "body" TEXT NOT NULL DEFAULT '',
    "kind" TEXT NOT NULL,
    "recordId" TEXT NOT NULL,
    "programmeId" TEXT NOT NULL,
    "scope" TEXT NOT NULL,
    -- Title words weigh more than body words (FTS5: bm25 weights 8 and 1).
    "words" tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('coproduce', "title"), 'A') ||
        setweight(to_tsvector('coproduce', "body"), 'D')
    ) STORED
);
CREATE INDEX "SearchIndex_words_idx" ON "SearchIndex" USING GIN ("words");
CREATE INDEX "SearchIndex_programmeId_kind_idx" ON "SearchIndex" ("programmeId", "kind");
CREATE INDEX "SearchIndex_kind_recordId_idx" ON "SearchIndex" ("kind", "recordId" text_pattern_ops);

-- Sections: title and current text. Archived sections need the edit permission (only those
-- who can restore them are shown them).
CREATE FUNCTION "SearchIndex_section"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        DELETE FROM "SearchIndex" WHERE kind = 'section' AND "recordId" = OLD."id";
    END IF;
    IF TG_OP <> 'DELETE' THEN
        INSERT INTO "SearchIndex" (title, body, kind, "recordId", "programmeId", scope)
        SELECT NEW."title", NEW."plainText", 'section', NEW."id", t."programmeId",
               CASE WHEN NEW."archivedAt" IS NULL THEN 'toolbox:read' ELSE 'toolbox:edit' END
        FROM "Document" d JOIN "Toolbox" t ON t."id" = d."toolboxId" WHERE d."id" = NEW."documentId";
    END IF;
    IF TG_OP = 'UPDATE' AND NEW."archivedAt" IS DISTINCT FROM OLD."archivedAt" THEN
        -- Comments on a section follow its scope.
        UPDATE "SearchIndex"
        SET scope = CASE WHEN NEW."archivedAt" IS NULL THEN 'comments:read' ELSE 'toolbox:edit' END
        WHERE kind = 'comment' AND "recordId" LIKE NEW."id" || '/%';
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER "SearchIndex_section_insert" AFTER INSERT ON "Section"
    FOR EACH ROW EXECUTE FUNCTION "SearchIndex_section"();
CREATE TRIGGER "SearchIndex_section_update" AFTER UPDATE OF "title", "plainText", "archivedAt", "documentId" ON "Section"
    FOR EACH ROW EXECUTE FUNCTION "SearchIndex_section"();
CREATE TRIGGER "SearchIndex_section_delete" AFTER DELETE ON "Section"
    FOR EACH ROW EXECUTE FUNCTION "SearchIndex_section"();

-- Documents (toolkit and handbooks): title and summary.
CREATE FUNCTION "SearchIndex_document"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        DELETE FROM "SearchIndex" WHERE kind = 'document' AND "recordId" = OLD."id";
    END IF;
    IF TG_OP <> 'DELETE' THEN
        INSERT INTO "SearchIndex" (title, body, kind, "recordId", "programmeId", scope)
        SELECT NEW."title", NEW."summary", 'document', NEW."id", t."programmeId", 'toolbox:read'
        FROM "Toolbox" t WHERE t."id" = NEW."toolboxId";
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER "SearchIndex_document_insert" AFTER INSERT ON "Document"
    FOR EACH ROW EXECUTE FUNCTION "SearchIndex_document"();
CREATE TRIGGER "SearchIndex_document_update" AFTER UPDATE OF "title", "summary" ON "Document"
    FOR EACH ROW EXECUTE FUNCTION "SearchIndex_document"();
CREATE TRIGGER "SearchIndex_document_delete" AFTER DELETE ON "Document"
    FOR EACH ROW EXECUTE FUNCTION "SearchIndex_document"();

-- Partnerships (Early Adopters): name and description.
CREATE FUNCTION "SearchIndex_partnership"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        DELETE FROM "SearchIndex" WHERE kind = 'partnership' AND "recordId" = OLD."id";
    END IF;
    IF TG_OP <> 'DELETE' THEN
        INSERT INTO "SearchIndex" (title, body, kind, "recordId", "programmeId", scope)
        VALUES (NEW."name", NEW."description", 'partnership', NEW."id", NEW."programmeId", 'partnerships:read');
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER "SearchIndex_partnership_insert" AFTER INSERT ON "Partnership"
    FOR EACH ROW EXECUTE FUNCTION "SearchIndex_partnership"();
CREATE TRIGGER "SearchIndex_partnership_update" AFTER UPDATE OF "name", "description" ON "Partnership"
    FOR EACH ROW EXECUTE FUNCTION "SearchIndex_partnership"();
CREATE TRIGGER "SearchIndex_partnership_delete" AFTER DELETE ON "Partnership"
    FOR EACH ROW EXECUTE FUNCTION "SearchIndex_partnership"();

-- Programme members: the person's name (record = membership id), for members only.
CREATE FUNCTION "SearchIndex_member"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        DELETE FROM "SearchIndex" WHERE kind = 'member' AND "recordId" = OLD."id";
    ELSE
        INSERT INTO "SearchIndex" (title, body, kind, "recordId", "programmeId", scope)
        SELECT u."name", '', 'member', NEW."id", NEW."programmeId", 'members:read'
        FROM "User" u WHERE u."id" = NEW."userId";
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER "SearchIndex_member_insert" AFTER INSERT ON "Membership"
    FOR EACH ROW EXECUTE FUNCTION "SearchIndex_member"();
CREATE TRIGGER "SearchIndex_member_delete" AFTER DELETE ON "Membership"
    FOR EACH ROW EXECUTE FUNCTION "SearchIndex_member"();

CREATE FUNCTION "SearchIndex_member_rename"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM "SearchIndex" WHERE kind = 'member'
        AND "recordId" IN (SELECT m."id" FROM "Membership" m WHERE m."userId" = NEW."id");
    INSERT INTO "SearchIndex" (title, body, kind, "recordId", "programmeId", scope)
    SELECT NEW."name", '', 'member', m."id", m."programmeId", 'members:read'
    FROM "Membership" m WHERE m."userId" = NEW."id";
    RETURN NULL;
END $$;
CREATE TRIGGER "SearchIndex_member_rename" AFTER UPDATE OF "name" ON "User"
    FOR EACH ROW EXECUTE FUNCTION "SearchIndex_member_rename"();

-- Comments: recordId = '<sectionId>/<threadId>/<commentId>', the thread's quoted words as the
-- title; the scope follows the section (archived sections are for editors and up).
CREATE FUNCTION "SearchIndex_comment"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        DELETE FROM "SearchIndex" WHERE kind = 'comment' AND "recordId" LIKE '%/' || OLD."id";
    ELSE
        INSERT INTO "SearchIndex" (title, body, kind, "recordId", "programmeId", scope)
        SELECT th."quote", NEW."body", 'comment', s."id" || '/' || th."id" || '/' || NEW."id", t."programmeId",
               CASE WHEN s."archivedAt" IS NULL THEN 'comments:read' ELSE 'toolbox:edit' END
        FROM "CommentThread" th
        JOIN "Section" s ON s."id" = th."sectionId"
        JOIN "Document" d ON d."id" = s."documentId"
        JOIN "Toolbox" t ON t."id" = d."toolboxId"
        WHERE th."id" = NEW."threadId";
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER "SearchIndex_comment_insert" AFTER INSERT ON "Comment"
    FOR EACH ROW EXECUTE FUNCTION "SearchIndex_comment"();
CREATE TRIGGER "SearchIndex_comment_delete" AFTER DELETE ON "Comment"
    FOR EACH ROW EXECUTE FUNCTION "SearchIndex_comment"();

-- Published text: recordId = '<version>/<sectionId>'; only the latest release is indexed.
CREATE FUNCTION "SearchIndex_published"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    -- A newer release replaces the older one's rows.
    DELETE FROM "SearchIndex"
    WHERE kind = 'published'
      AND "programmeId" = (SELECT t."programmeId" FROM "ToolboxRelease" r JOIN "Toolbox" t ON t."id" = r."toolboxId" WHERE r."id" = NEW."releaseId")
      AND "recordId" NOT LIKE (SELECT r."version" FROM "ToolboxRelease" r WHERE r."id" = NEW."releaseId") || '/%';
    INSERT INTO "SearchIndex" (title, body, kind, "recordId", "programmeId", scope)
    SELECT NEW."title", NEW."text", 'published', r."version" || '/' || NEW."sectionId", t."programmeId", 'toolbox:read'
    FROM "ToolboxRelease" r JOIN "Toolbox" t ON t."id" = r."toolboxId"
    WHERE r."id" = NEW."releaseId";
    RETURN NULL;
END $$;
CREATE TRIGGER "SearchIndex_published_insert" AFTER INSERT ON "ReleaseSection"
    FOR EACH ROW EXECUTE FUNCTION "SearchIndex_published"();
