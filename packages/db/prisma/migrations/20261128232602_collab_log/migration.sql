-- CreateTable
CREATE TABLE "CollabUpdate" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "documentName" TEXT NOT NULL,
    "update" BLOB NOT NULL,
    "userId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "CollabSnapshot" (
    "documentName" TEXT NOT NULL PRIMARY KEY,
    "state" BLOB NOT NULL,
    "lastUpdateId" INTEGER NOT NULL,
    "updatedAt" DATETIME NOT NULL
);

-- CreateIndex
CREATE INDEX "CollabUpdate_documentName_id_idx" ON "CollabUpdate"("documentName", "id");

