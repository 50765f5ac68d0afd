-- AlterTable
ALTER TABLE "User" ADD COLUMN     "emailNotifications" BOOLEAN NOT NULL DEFAULT true;

-- AlterTable
ALTER TABLE "Toolbox" ADD COLUMN     "signOffRule" TEXT NOT NULL DEFAULT 'none';

-- AlterTable
ALTER TABLE "Section" ADD COLUMN     "agreedHtml" TEXT;

-- AlterTable
ALTER TABLE "Feedback" ADD COLUMN     "authorId" TEXT,
ADD COLUMN     "emailTrackTokenHash" TEXT,
ADD COLUMN     "replyEmail" TEXT;

-- CreateTable
CREATE TABLE "SectionSuggestion" (
    "id" TEXT NOT NULL,
    "sectionId" TEXT NOT NULL,
    "programmeId" TEXT NOT NULL,
    "suggestionId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SectionSuggestion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReleaseApprover" (
    "id" TEXT NOT NULL,
    "toolboxId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReleaseApprover_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReleaseReview" (
    "id" TEXT NOT NULL,
    "toolboxId" TEXT NOT NULL,
    "releaseId" TEXT,
    "userId" TEXT,
    "personName" TEXT NOT NULL,
    "organisationName" TEXT NOT NULL,
    "verdict" TEXT NOT NULL,
    "comment" TEXT NOT NULL,
    "contentKey" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReleaseReview_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DecisionEntry" (
    "id" TEXT NOT NULL,
    "programmeId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "sectionId" TEXT,
    "releaseId" TEXT,
    "actorId" TEXT,
    "subjectPersonId" TEXT,
    "summary" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DecisionEntry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SectionSuggestion_programmeId_decidedAt_idx" ON "SectionSuggestion"("programmeId", "decidedAt");

-- CreateIndex
CREATE UNIQUE INDEX "SectionSuggestion_sectionId_suggestionId_key" ON "SectionSuggestion"("sectionId", "suggestionId");

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

-- CreateIndex
CREATE UNIQUE INDEX "Feedback_emailTrackTokenHash_key" ON "Feedback"("emailTrackTokenHash");

-- AddForeignKey
ALTER TABLE "SectionSuggestion" ADD CONSTRAINT "SectionSuggestion_sectionId_fkey" FOREIGN KEY ("sectionId") REFERENCES "Section"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SectionSuggestion" ADD CONSTRAINT "SectionSuggestion_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SectionSuggestion" ADD CONSTRAINT "SectionSuggestion_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SectionSuggestion" ADD CONSTRAINT "SectionSuggestion_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReleaseApprover" ADD CONSTRAINT "ReleaseApprover_toolboxId_fkey" FOREIGN KEY ("toolboxId") REFERENCES "Toolbox"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReleaseApprover" ADD CONSTRAINT "ReleaseApprover_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReleaseApprover" ADD CONSTRAINT "ReleaseApprover_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReleaseReview" ADD CONSTRAINT "ReleaseReview_toolboxId_fkey" FOREIGN KEY ("toolboxId") REFERENCES "Toolbox"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReleaseReview" ADD CONSTRAINT "ReleaseReview_releaseId_fkey" FOREIGN KEY ("releaseId") REFERENCES "ToolboxRelease"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReleaseReview" ADD CONSTRAINT "ReleaseReview_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DecisionEntry" ADD CONSTRAINT "DecisionEntry_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DecisionEntry" ADD CONSTRAINT "DecisionEntry_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DecisionEntry" ADD CONSTRAINT "DecisionEntry_subjectPersonId_fkey" FOREIGN KEY ("subjectPersonId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Feedback" ADD CONSTRAINT "Feedback_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

