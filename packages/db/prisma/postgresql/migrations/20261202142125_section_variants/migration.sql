-- CreateTable
CREATE TABLE "SectionVariant" (
    "id" TEXT NOT NULL,
    "programmeId" TEXT NOT NULL,
    "partnershipId" TEXT NOT NULL,
    "coreSectionId" TEXT NOT NULL,
    "variantSectionId" TEXT NOT NULL,
    "baseReleaseId" TEXT,
    "baseText" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'draft',
    "publishedAt" TIMESTAMP(3),
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SectionVariant_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "SectionVariant_variantSectionId_key" ON "SectionVariant"("variantSectionId");

-- CreateIndex
CREATE INDEX "SectionVariant_coreSectionId_idx" ON "SectionVariant"("coreSectionId");

-- CreateIndex
CREATE UNIQUE INDEX "SectionVariant_partnershipId_coreSectionId_key" ON "SectionVariant"("partnershipId", "coreSectionId");

-- AddForeignKey
ALTER TABLE "SectionVariant" ADD CONSTRAINT "SectionVariant_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SectionVariant" ADD CONSTRAINT "SectionVariant_coreSectionId_fkey" FOREIGN KEY ("coreSectionId") REFERENCES "Section"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SectionVariant" ADD CONSTRAINT "SectionVariant_variantSectionId_fkey" FOREIGN KEY ("variantSectionId") REFERENCES "Section"("id") ON DELETE CASCADE ON UPDATE CASCADE;

