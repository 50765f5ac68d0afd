-- CreateTable
CREATE TABLE "SectionVariant" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "programmeId" TEXT NOT NULL,
    "partnershipId" TEXT NOT NULL,
    "coreSectionId" TEXT NOT NULL,
    "variantSectionId" TEXT NOT NULL,
    "baseReleaseId" TEXT,
    "baseText" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'draft',
    "publishedAt" DATETIME,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "SectionVariant_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "SectionVariant_coreSectionId_fkey" FOREIGN KEY ("coreSectionId") REFERENCES "Section" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "SectionVariant_variantSectionId_fkey" FOREIGN KEY ("variantSectionId") REFERENCES "Section" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "SectionVariant_variantSectionId_key" ON "SectionVariant"("variantSectionId");

-- CreateIndex
CREATE INDEX "SectionVariant_coreSectionId_idx" ON "SectionVariant"("coreSectionId");

-- CreateIndex
CREATE UNIQUE INDEX "SectionVariant_partnershipId_coreSectionId_key" ON "SectionVariant"("partnershipId", "coreSectionId");

