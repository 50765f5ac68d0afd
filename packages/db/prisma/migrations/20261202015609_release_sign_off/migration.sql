-- AlterTable
ALTER TABLE "Section" ADD COLUMN "agreedHtml" TEXT;

-- CreateTable
CREATE TABLE "ReleaseApprover" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "toolboxId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ReleaseApprover_toolboxId_fkey" FOREIGN KEY ("toolboxId") REFERENCES "Toolbox" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ReleaseApprover_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ReleaseApprover_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ReleaseReview" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "toolboxId" TEXT NOT NULL,
    "releaseId" TEXT,
    "userId" TEXT,
    "personName" TEXT NOT NULL,
    "organisationName" TEXT NOT NULL,
    "verdict" TEXT NOT NULL,
    "comment" TEXT NOT NULL,
    "contentKey" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ReleaseReview_toolboxId_fkey" FOREIGN KEY ("toolboxId") REFERENCES "Toolbox" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ReleaseReview_releaseId_fkey" FOREIGN KEY ("releaseId") REFERENCES "ToolboxRelease" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ReleaseReview_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "DecisionEntry" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "programmeId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "sectionId" TEXT,
    "releaseId" TEXT,
    "actorId" TEXT,
    "subjectPersonId" TEXT,
    "summary" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "DecisionEntry_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "DecisionEntry_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "DecisionEntry_subjectPersonId_fkey" FOREIGN KEY ("subjectPersonId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- AlterTable (ADD COLUMN, not Prisma's copy-and-rename: search triggers name "Toolbox")
ALTER TABLE "Toolbox" ADD COLUMN "signOffRule" TEXT NOT NULL DEFAULT 'none';

-- CreateIndex
CREATE UNIQUE INDEX "ReleaseApprover_toolboxId_userId_key" ON "ReleaseApprover"("toolboxId", "userId");

-- CreateIndex
CREATE INDEX "ReleaseReview_toolboxId_releaseId_idx" ON "ReleaseReview"("toolboxId", "releaseId");

-- CreateIndex
CREATE INDEX "ReleaseReview_releaseId_idx" ON "ReleaseReview"("releaseId");

-- CreateIndex
CREATE INDEX "DecisionEntry_programmeId_createdAt_idx" ON "DecisionEntry"("programmeId", "createdAt");

-- CreateIndex
CREATE INDEX "DecisionEntry_programmeId_sectionId_idx" ON "DecisionEntry"("programmeId", "sectionId");


-- Sections agreed before change control keep their current text as the agreed text.
UPDATE "Section" SET "agreedHtml" = "html" WHERE "status" = 'agreed';
