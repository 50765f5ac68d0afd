-- CreateTable
CREATE TABLE "ToolboxRelease" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "toolboxId" TEXT NOT NULL,
    "version" TEXT NOT NULL,
    "notes" TEXT NOT NULL,
    "publishedById" TEXT,
    "publishedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ToolboxRelease_toolboxId_fkey" FOREIGN KEY ("toolboxId") REFERENCES "Toolbox" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ToolboxRelease_publishedById_fkey" FOREIGN KEY ("publishedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ReleaseSection" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "releaseId" TEXT NOT NULL,
    "sectionId" TEXT NOT NULL,
    "documentSlug" TEXT NOT NULL,
    "documentTitle" TEXT NOT NULL,
    "documentKind" TEXT NOT NULL,
    "documentOrder" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "depth" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "html" TEXT NOT NULL,
    "markdown" TEXT NOT NULL,
    CONSTRAINT "ReleaseSection_releaseId_fkey" FOREIGN KEY ("releaseId") REFERENCES "ToolboxRelease" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "ToolboxRelease_toolboxId_publishedAt_idx" ON "ToolboxRelease"("toolboxId", "publishedAt");

-- CreateIndex
CREATE UNIQUE INDEX "ToolboxRelease_toolboxId_version_key" ON "ToolboxRelease"("toolboxId", "version");

-- CreateIndex
CREATE INDEX "ReleaseSection_sectionId_idx" ON "ReleaseSection"("sectionId");

-- CreateIndex
CREATE UNIQUE INDEX "ReleaseSection_releaseId_sectionId_key" ON "ReleaseSection"("releaseId", "sectionId");

