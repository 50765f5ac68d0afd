-- Search also finds comments and the published (latest release) text of sections.
-- Comment rows: recordId = '<sectionId>/<threadId>/<commentId>', the thread's quoted words as the
-- title; the scope follows the section (archived sections are for editors and up).
-- Published rows: recordId = '<version>/<sectionId>'; only the latest release is indexed.

CREATE TRIGGER "SearchIndex_comment_insert" AFTER INSERT ON "Comment" BEGIN
    INSERT INTO "SearchIndex" (title, body, kind, recordId, programmeId, scope)
    SELECT th."quote", NEW."body", 'comment', s."id" || '/' || th."id" || '/' || NEW."id", t."programmeId",
           CASE WHEN s."archivedAt" IS NULL THEN 'comments:read' ELSE 'toolbox:edit' END
    FROM "CommentThread" th
    JOIN "Section" s ON s."id" = th."sectionId"
    JOIN "Document" d ON d."id" = s."documentId"
    JOIN "Toolbox" t ON t."id" = d."toolboxId"
    WHERE th."id" = NEW."threadId";
END;
CREATE TRIGGER "SearchIndex_comment_delete" AFTER DELETE ON "Comment" BEGIN
    DELETE FROM "SearchIndex" WHERE kind = 'comment' AND recordId LIKE '%/' || OLD."id";
END;
CREATE TRIGGER "SearchIndex_comment_scope" AFTER UPDATE OF "archivedAt" ON "Section" BEGIN
    UPDATE "SearchIndex"
    SET scope = CASE WHEN NEW."archivedAt" IS NULL THEN 'comments:read' ELSE 'toolbox:edit' END
    WHERE kind = 'comment' AND recordId LIKE NEW."id" || '/%';
END;

CREATE TRIGGER "SearchIndex_published_insert" AFTER INSERT ON "ReleaseSection" BEGIN
    -- A newer release replaces the older one's rows.
    DELETE FROM "SearchIndex"
    WHERE kind = 'published'
      AND programmeId = (SELECT t."programmeId" FROM "ToolboxRelease" r JOIN "Toolbox" t ON t."id" = r."toolboxId" WHERE r."id" = NEW."releaseId")
      AND recordId NOT LIKE (SELECT r."version" FROM "ToolboxRelease" r WHERE r."id" = NEW."releaseId") || '/%';
    INSERT INTO "SearchIndex" (title, body, kind, recordId, programmeId, scope)
    SELECT NEW."title", NEW."text", 'published', r."version" || '/' || NEW."sectionId", t."programmeId", 'toolbox:read'
    FROM "ToolboxRelease" r JOIN "Toolbox" t ON t."id" = r."toolboxId"
    WHERE r."id" = NEW."releaseId";
END;

-- Rows that exist already.
INSERT INTO "SearchIndex" (title, body, kind, recordId, programmeId, scope)
SELECT th."quote", c."body", 'comment', s."id" || '/' || th."id" || '/' || c."id", t."programmeId",
       CASE WHEN s."archivedAt" IS NULL THEN 'comments:read' ELSE 'toolbox:edit' END
FROM "Comment" c
JOIN "CommentThread" th ON th."id" = c."threadId"
JOIN "Section" s ON s."id" = th."sectionId"
JOIN "Document" d ON d."id" = s."documentId"
JOIN "Toolbox" t ON t."id" = d."toolboxId";

INSERT INTO "SearchIndex" (title, body, kind, recordId, programmeId, scope)
SELECT rs."title", rs."text", 'published', r."version" || '/' || rs."sectionId", t."programmeId", 'toolbox:read'
FROM "ReleaseSection" rs
JOIN "ToolboxRelease" r ON r."id" = rs."releaseId"
JOIN "Toolbox" t ON t."id" = r."toolboxId"
WHERE r."id" = (SELECT r2."id" FROM "ToolboxRelease" r2 WHERE r2."toolboxId" = r."toolboxId" ORDER BY r2."publishedAt" DESC LIMIT 1);
