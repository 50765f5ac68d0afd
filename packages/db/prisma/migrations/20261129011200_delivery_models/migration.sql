-- CreateTable
CREATE TABLE "PartnershipMember" (
    "partnershipId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("partnershipId", "userId"),
    CONSTRAINT "PartnershipMember_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "PartnershipMember_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AdoptionCell" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "partnershipId" TEXT NOT NULL,
    "sectionId" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "variation" TEXT NOT NULL DEFAULT '',
    "plannedFor" DATETIME,
    "reason" TEXT NOT NULL DEFAULT '',
    "evidence" TEXT NOT NULL DEFAULT '',
    "updatedById" TEXT,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "AdoptionCell_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "AdoptionCell_sectionId_fkey" FOREIGN KEY ("sectionId") REFERENCES "Section" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "AdoptionCell_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Milestone" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "partnershipId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "owner" TEXT NOT NULL DEFAULT '',
    "status" TEXT NOT NULL,
    "plannedDate" DATETIME NOT NULL,
    "forecastDate" DATETIME,
    "actualDate" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Milestone_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "BenefitMeasure" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "partnershipId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "unit" TEXT NOT NULL,
    "direction" TEXT NOT NULL,
    "baseline" REAL NOT NULL,
    "target" REAL,
    "targetDate" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "BenefitMeasure_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "BenefitActual" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "measureId" TEXT NOT NULL,
    "date" DATETIME NOT NULL,
    "value" REAL NOT NULL,
    CONSTRAINT "BenefitActual_measureId_fkey" FOREIGN KEY ("measureId") REFERENCES "BenefitMeasure" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ReadinessAssessment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "partnershipId" TEXT NOT NULL,
    "assessedOn" DATETIME NOT NULL,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ReadinessAssessment_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ReadinessAssessment_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ReadinessScore" (
    "assessmentId" TEXT NOT NULL,
    "considerationId" TEXT NOT NULL,
    "score" INTEGER NOT NULL,
    "evidence" TEXT NOT NULL DEFAULT '',
    "actions" TEXT NOT NULL DEFAULT '',

    PRIMARY KEY ("assessmentId", "considerationId"),
    CONSTRAINT "ReadinessScore_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "ReadinessAssessment" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ReadinessScore_considerationId_fkey" FOREIGN KEY ("considerationId") REFERENCES "PracticalConsideration" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Partnership" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "programmeId" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "placeId" TEXT NOT NULL,
    "leadOrganisationId" TEXT,
    "cohort" TEXT NOT NULL,
    "cohortSize" INTEGER,
    "careModelType" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "plannedGoLive" DATETIME,
    "actualGoLive" DATETIME,
    "description" TEXT NOT NULL,
    "contacts" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Partnership_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Partnership_placeId_fkey" FOREIGN KEY ("placeId") REFERENCES "Place" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Partnership_leadOrganisationId_fkey" FOREIGN KEY ("leadOrganisationId") REFERENCES "Organisation" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Partnership" ("actualGoLive", "careModelType", "cohort", "cohortSize", "createdAt", "description", "id", "leadOrganisationId", "name", "placeId", "plannedGoLive", "programmeId", "slug", "status") SELECT "actualGoLive", "careModelType", "cohort", "cohortSize", "createdAt", "description", "id", "leadOrganisationId", "name", "placeId", "plannedGoLive", "programmeId", "slug", "status" FROM "Partnership";
DROP TABLE "Partnership";
ALTER TABLE "new_Partnership" RENAME TO "Partnership";
CREATE UNIQUE INDEX "Partnership_programmeId_slug_key" ON "Partnership"("programmeId", "slug");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "PartnershipMember_userId_idx" ON "PartnershipMember"("userId");

-- CreateIndex
CREATE INDEX "AdoptionCell_sectionId_idx" ON "AdoptionCell"("sectionId");

-- CreateIndex
CREATE UNIQUE INDEX "AdoptionCell_partnershipId_sectionId_key" ON "AdoptionCell"("partnershipId", "sectionId");

-- CreateIndex
CREATE UNIQUE INDEX "Milestone_partnershipId_title_key" ON "Milestone"("partnershipId", "title");

-- CreateIndex
CREATE UNIQUE INDEX "BenefitMeasure_partnershipId_name_unit_key" ON "BenefitMeasure"("partnershipId", "name", "unit");

-- CreateIndex
CREATE UNIQUE INDEX "BenefitActual_measureId_date_key" ON "BenefitActual"("measureId", "date");

-- CreateIndex
CREATE INDEX "ReadinessAssessment_partnershipId_assessedOn_idx" ON "ReadinessAssessment"("partnershipId", "assessedOn");

