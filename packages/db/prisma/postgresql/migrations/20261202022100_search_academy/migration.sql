-- Search also finds Change Academy sessions (title and purpose) and their outputs (ideas,
-- actions, decisions), for every member (academy:read), as the sessions list and records are.
-- Output rows: recordId = '<sessionId>/<outputId>', the session's title as the body.
-- The SQLite history has the same triggers.

CREATE FUNCTION "SearchIndex_session"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        DELETE FROM "SearchIndex" WHERE kind = 'session' AND "recordId" = OLD."id";
    END IF;
    IF TG_OP = 'DELETE' THEN
        DELETE FROM "SearchIndex" WHERE kind = 'output' AND "recordId" LIKE OLD."id" || '/%';
    ELSE
        INSERT INTO "SearchIndex" (title, body, kind, "recordId", "programmeId", scope)
        VALUES (NEW."title", NEW."purpose", 'session', NEW."id", NEW."programmeId", 'academy:read');
    END IF;
    IF TG_OP = 'UPDATE' THEN
        UPDATE "SearchIndex" SET body = NEW."title"
        WHERE kind = 'output' AND "recordId" LIKE NEW."id" || '/%';
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER "SearchIndex_session_insert" AFTER INSERT ON "AcademySession"
    FOR EACH ROW EXECUTE FUNCTION "SearchIndex_session"();
CREATE TRIGGER "SearchIndex_session_update" AFTER UPDATE OF "title", "purpose" ON "AcademySession"
    FOR EACH ROW EXECUTE FUNCTION "SearchIndex_session"();
CREATE TRIGGER "SearchIndex_session_delete" AFTER DELETE ON "AcademySession"
    FOR EACH ROW EXECUTE FUNCTION "SearchIndex_session"();

CREATE FUNCTION "SearchIndex_output"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        DELETE FROM "SearchIndex" WHERE kind = 'output' AND "recordId" = OLD."sessionId" || '/' || OLD."id";
    END IF;
    IF TG_OP <> 'DELETE' THEN
        INSERT INTO "SearchIndex" (title, body, kind, "recordId", "programmeId", scope)
        SELECT NEW."title", s."title", 'output', NEW."sessionId" || '/' || NEW."id", s."programmeId", 'academy:read'
        FROM "AcademySession" s WHERE s."id" = NEW."sessionId";
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER "SearchIndex_output_insert" AFTER INSERT ON "AcademyOutput"
    FOR EACH ROW EXECUTE FUNCTION "SearchIndex_output"();
CREATE TRIGGER "SearchIndex_output_update" AFTER UPDATE OF "title" ON "AcademyOutput"
    FOR EACH ROW EXECUTE FUNCTION "SearchIndex_output"();
CREATE TRIGGER "SearchIndex_output_delete" AFTER DELETE ON "AcademyOutput"
    FOR EACH ROW EXECUTE FUNCTION "SearchIndex_output"();
