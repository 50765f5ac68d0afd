-- CreateTable
CREATE TABLE "SectionVersion" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "sectionId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "name" TEXT,
    "note" TEXT NOT NULL DEFAULT '',
    "authorId" TEXT,
    "restoredFromId" TEXT,
    "yjsState" BLOB NOT NULL,
    "plainText" TEXT NOT NULL,
    "html" TEXT NOT NULL,
    "json" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "SectionVersion_sectionId_fkey" FOREIGN KEY ("sectionId") REFERENCES "Section" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "SectionVersion_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "SectionVersion_restoredFromId_fkey" FOREIGN KEY ("restoredFromId") REFERENCES "SectionVersion" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "SectionVersion_sectionId_number_key" ON "SectionVersion"("sectionId", "number");


-- ---------- Search (hand-written: Prisma does not model FTS5) ----------
-- One full-text index over every searchable record of every programme. Each row says which
-- programme it belongs to and which permission a person needs to see it (`scope`), so one
-- query can rank (bm25) and filter by access. Triggers keep it in step with its sources, so
-- every writer (pages, the collaboration server's own connection, the seed) is covered.
-- Adding a source: triggers like these for its table, plus one entry in
-- packages/api/src/services/search-sources.ts (how to show and link a result).
CREATE VIRTUAL TABLE "SearchIndex" USING fts5(
    title,
    body,
    kind UNINDEXED,
    recordId UNINDEXED,
    programmeId UNINDEXED,
    scope UNINDEXED,
    tokenize = 'porter unicode61 remove_diacritics 2'
);

-- Sections: title and current text. Archived sections need the edit permission (only those
-- who can restore them are shown them).
CREATE TRIGGER "SearchIndex_section_insert" AFTER INSERT ON "Section" BEGIN
    INSERT INTO "SearchIndex" (title, body, kind, recordId, programmeId, scope)
    SELECT NEW."title", NEW."plainText", 'section', NEW."id", t."programmeId",
           CASE WHEN NEW."archivedAt" IS NULL THEN 'toolbox:read' ELSE 'toolbox:edit' END
    FROM "Document" d JOIN "Toolbox" t ON t."id" = d."toolboxId" WHERE d."id" = NEW."documentId";
END;
CREATE TRIGGER "SearchIndex_section_update" AFTER UPDATE OF "title", "plainText", "archivedAt", "documentId" ON "Section" BEGIN
    DELETE FROM "SearchIndex" WHERE kind = 'section' AND recordId = OLD."id";
    INSERT INTO "SearchIndex" (title, body, kind, recordId, programmeId, scope)
    SELECT NEW."title", NEW."plainText", 'section', NEW."id", t."programmeId",
           CASE WHEN NEW."archivedAt" IS NULL THEN 'toolbox:read' ELSE 'toolbox:edit' END
    FROM "Document" d JOIN "Toolbox" t ON t."id" = d."toolboxId" WHERE d."id" = NEW."documentId";
END;
CREATE TRIGGER "SearchIndex_section_delete" AFTER DELETE ON "Section" BEGIN
    DELETE FROM "SearchIndex" WHERE kind = 'section' AND recordId = OLD."id";
END;

-- Documents (toolkit and handbooks): title and summary.
CREATE TRIGGER "SearchIndex_document_insert" AFTER INSERT ON "Document" BEGIN
    INSERT INTO "SearchIndex" (title, body, kind, recordId, programmeId, scope)
    SELECT NEW."title", NEW."summary", 'document', NEW."id", t."programmeId", 'toolbox:read'
    FROM "Toolbox" t WHERE t."id" = NEW."toolboxId";
END;
CREATE TRIGGER "SearchIndex_document_update" AFTER UPDATE OF "title", "summary" ON "Document" BEGIN
    DELETE FROM "SearchIndex" WHERE kind = 'document' AND recordId = OLD."id";
    INSERT INTO "SearchIndex" (title, body, kind, recordId, programmeId, scope)
    SELECT NEW."title", NEW."summary", 'document', NEW."id", t."programmeId", 'toolbox:read'
    FROM "Toolbox" t WHERE t."id" = NEW."toolboxId";
END;
CREATE TRIGGER "SearchIndex_document_delete" AFTER DELETE ON "Document" BEGIN
    DELETE FROM "SearchIndex" WHERE kind = 'document' AND recordId = OLD."id";
END;

-- Partnerships (Early Adopters): name and description.
CREATE TRIGGER "SearchIndex_partnership_insert" AFTER INSERT ON "Partnership" BEGIN
    INSERT INTO "SearchIndex" (title, body, kind, recordId, programmeId, scope)
    VALUES (NEW."name", NEW."description", 'partnership', NEW."id", NEW."programmeId", 'partnerships:read');
END;
CREATE TRIGGER "SearchIndex_partnership_update" AFTER UPDATE OF "name", "description" ON "Partnership" BEGIN
    DELETE FROM "SearchIndex" WHERE kind = 'partnership' AND recordId = OLD."id";
    INSERT INTO "SearchIndex" (title, body, kind, recordId, programmeId, scope)
    VALUES (NEW."name", NEW."description", 'partnership', NEW."id", NEW."programmeId", 'partnerships:read');
END;
CREATE TRIGGER "SearchIndex_partnership_delete" AFTER DELETE ON "Partnership" BEGIN
    DELETE FROM "SearchIndex" WHERE kind = 'partnership' AND recordId = OLD."id";
END;

-- Programme members: the person's name (record = membership id), for members only.
CREATE TRIGGER "SearchIndex_member_insert" AFTER INSERT ON "Membership" BEGIN
    INSERT INTO "SearchIndex" (title, body, kind, recordId, programmeId, scope)
    SELECT u."name", '', 'member', NEW."id", NEW."programmeId", 'members:read'
    FROM "User" u WHERE u."id" = NEW."userId";
END;
CREATE TRIGGER "SearchIndex_member_delete" AFTER DELETE ON "Membership" BEGIN
    DELETE FROM "SearchIndex" WHERE kind = 'member' AND recordId = OLD."id";
END;
CREATE TRIGGER "SearchIndex_member_rename" AFTER UPDATE OF "name" ON "User" BEGIN
    DELETE FROM "SearchIndex" WHERE kind = 'member'
        AND recordId IN (SELECT m."id" FROM "Membership" m WHERE m."userId" = NEW."id");
    INSERT INTO "SearchIndex" (title, body, kind, recordId, programmeId, scope)
    SELECT NEW."name", '', 'member', m."id", m."programmeId", 'members:read'
    FROM "Membership" m WHERE m."userId" = NEW."id";
END;

-- Records that existed before this migration.
INSERT INTO "SearchIndex" (title, body, kind, recordId, programmeId, scope)
SELECT s."title", s."plainText", 'section', s."id", t."programmeId",
       CASE WHEN s."archivedAt" IS NULL THEN 'toolbox:read' ELSE 'toolbox:edit' END
FROM "Section" s JOIN "Document" d ON d."id" = s."documentId" JOIN "Toolbox" t ON t."id" = d."toolboxId";
INSERT INTO "SearchIndex" (title, body, kind, recordId, programmeId, scope)
SELECT d."title", d."summary", 'document', d."id", t."programmeId", 'toolbox:read'
FROM "Document" d JOIN "Toolbox" t ON t."id" = d."toolboxId";
INSERT INTO "SearchIndex" (title, body, kind, recordId, programmeId, scope)
SELECT p."name", p."description", 'partnership', p."id", p."programmeId", 'partnerships:read' FROM "Partnership" p;
INSERT INTO "SearchIndex" (title, body, kind, recordId, programmeId, scope)
SELECT u."name", '', 'member', m."id", m."programmeId", 'members:read'
FROM "Membership" m JOIN "User" u ON u."id" = m."userId";
