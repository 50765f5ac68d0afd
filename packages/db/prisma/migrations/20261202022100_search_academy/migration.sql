-- Search also finds Change Academy sessions (title and purpose) and their outputs (ideas,
-- actions, decisions), for every member (academy:read), as the sessions list and records are.
-- Output rows: recordId = '<sessionId>/<outputId>', the session's title as the body.
-- Hand-written (Prisma does not model FTS5); the PostgreSQL history has the same triggers.

CREATE TRIGGER "SearchIndex_session_insert" AFTER INSERT ON "AcademySession" BEGIN
    INSERT INTO "SearchIndex" (title, body, kind, recordId, programmeId, scope)
    VALUES (NEW."title", NEW."purpose", 'session', NEW."id", NEW."programmeId", 'academy:read');
END;
CREATE TRIGGER "SearchIndex_session_update" AFTER UPDATE OF "title", "purpose" ON "AcademySession" BEGIN
    DELETE FROM "SearchIndex" WHERE kind = 'session' AND recordId = OLD."id";
    INSERT INTO "SearchIndex" (title, body, kind, recordId, programmeId, scope)
    VALUES (NEW."title", NEW."purpose", 'session', NEW."id", NEW."programmeId", 'academy:read');
    UPDATE "SearchIndex" SET body = NEW."title"
    WHERE kind = 'output' AND recordId LIKE NEW."id" || '/%';
END;
CREATE TRIGGER "SearchIndex_session_delete" AFTER DELETE ON "AcademySession" BEGIN
    DELETE FROM "SearchIndex" WHERE kind = 'session' AND recordId = OLD."id";
    DELETE FROM "SearchIndex" WHERE kind = 'output' AND recordId LIKE OLD."id" || '/%';
END;

CREATE TRIGGER "SearchIndex_output_insert" AFTER INSERT ON "AcademyOutput" BEGIN
    INSERT INTO "SearchIndex" (title, body, kind, recordId, programmeId, scope)
    SELECT NEW."title", s."title", 'output', NEW."sessionId" || '/' || NEW."id", s."programmeId", 'academy:read'
    FROM "AcademySession" s WHERE s."id" = NEW."sessionId";
END;
CREATE TRIGGER "SearchIndex_output_update" AFTER UPDATE OF "title" ON "AcademyOutput" BEGIN
    DELETE FROM "SearchIndex" WHERE kind = 'output' AND recordId = OLD."sessionId" || '/' || OLD."id";
    INSERT INTO "SearchIndex" (title, body, kind, recordId, programmeId, scope)
    SELECT NEW."title", s."title", 'output', NEW."sessionId" || '/' || NEW."id", s."programmeId", 'academy:read'
    FROM "AcademySession" s WHERE s."id" = NEW."sessionId";
END;
CREATE TRIGGER "SearchIndex_output_delete" AFTER DELETE ON "AcademyOutput" BEGIN
    DELETE FROM "SearchIndex" WHERE kind = 'output' AND recordId = OLD."sessionId" || '/' || OLD."id";
END;

-- Sessions and outputs that exist already.
INSERT INTO "SearchIndex" (title, body, kind, recordId, programmeId, scope)
SELECT s."title", s."purpose", 'session', s."id", s."programmeId", 'academy:read' FROM "AcademySession" s;
INSERT INTO "SearchIndex" (title, body, kind, recordId, programmeId, scope)
SELECT o."title", s."title", 'output', o."sessionId" || '/' || o."id", s."programmeId", 'academy:read'
FROM "AcademyOutput" o JOIN "AcademySession" s ON s."id" = o."sessionId";
