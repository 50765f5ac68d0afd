-- AlterTable
ALTER TABLE "ReleaseSection" ADD COLUMN "coProduction" TEXT;

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_DocumentContributor" (
    "documentName" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "firstEditAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastEditAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("documentName", "userId")
);
INSERT INTO "new_DocumentContributor" ("documentName", "userId") SELECT "documentName", "userId" FROM "DocumentContributor";
DROP TABLE "DocumentContributor";
ALTER TABLE "new_DocumentContributor" RENAME TO "DocumentContributor";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

