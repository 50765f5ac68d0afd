-- CreateTable
CREATE TABLE "DocumentContributor" (
    "documentName" TEXT NOT NULL,
    "userId" TEXT NOT NULL,

    PRIMARY KEY ("documentName", "userId")
);

-- CreateTable
CREATE TABLE "Feedback" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "programmeId" TEXT NOT NULL,
    "targetType" TEXT NOT NULL,
    "targetId" TEXT,
    "targetTitle" TEXT NOT NULL,
    "releaseVersion" TEXT,
    "rating" INTEGER,
    "body" TEXT NOT NULL,
    "publicBody" TEXT,
    "name" TEXT,
    "contact" TEXT,
    "stakeholderGroupId" TEXT,
    "placeId" TEXT,
    "consentText" TEXT NOT NULL,
    "moderation" TEXT NOT NULL DEFAULT 'pending',
    "rejectionReason" TEXT,
    "moderatedAt" DATETIME,
    "moderatedById" TEXT,
    "ownerId" TEXT,
    "status" TEXT NOT NULL DEFAULT 'received',
    "response" TEXT,
    "respondedAt" DATETIME,
    "respondedById" TEXT,
    "changeType" TEXT,
    "changeId" TEXT,
    "changeLabel" TEXT,
    "trackTokenHash" TEXT NOT NULL,
    "senderHash" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Feedback_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Feedback_stakeholderGroupId_fkey" FOREIGN KEY ("stakeholderGroupId") REFERENCES "StakeholderGroup" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Feedback_placeId_fkey" FOREIGN KEY ("placeId") REFERENCES "Place" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Feedback_moderatedById_fkey" FOREIGN KEY ("moderatedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Feedback_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Feedback_respondedById_fkey" FOREIGN KEY ("respondedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "FeedbackTheme" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "programmeId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "curated" BOOLEAN NOT NULL DEFAULT false,
    CONSTRAINT "FeedbackTheme_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "FeedbackThemeTag" (
    "feedbackId" TEXT NOT NULL,
    "themeId" TEXT NOT NULL,

    PRIMARY KEY ("feedbackId", "themeId"),
    CONSTRAINT "FeedbackThemeTag_feedbackId_fkey" FOREIGN KEY ("feedbackId") REFERENCES "Feedback" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "FeedbackThemeTag_themeId_fkey" FOREIGN KEY ("themeId") REFERENCES "FeedbackTheme" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "RepresentationTarget" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "programmeId" TEXT NOT NULL,
    "stakeholderGroupId" TEXT NOT NULL,
    "targetPercent" INTEGER NOT NULL,
    CONSTRAINT "RepresentationTarget_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "RepresentationTarget_stakeholderGroupId_fkey" FOREIGN KEY ("stakeholderGroupId") REFERENCES "StakeholderGroup" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Feedback_trackTokenHash_key" ON "Feedback"("trackTokenHash");

-- CreateIndex
CREATE INDEX "Feedback_programmeId_moderation_createdAt_idx" ON "Feedback"("programmeId", "moderation", "createdAt");

-- CreateIndex
CREATE INDEX "Feedback_senderHash_createdAt_idx" ON "Feedback"("senderHash", "createdAt");

-- CreateIndex
CREATE INDEX "Feedback_targetType_targetId_idx" ON "Feedback"("targetType", "targetId");

-- CreateIndex
CREATE UNIQUE INDEX "FeedbackTheme_programmeId_name_key" ON "FeedbackTheme"("programmeId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "RepresentationTarget_programmeId_stakeholderGroupId_key" ON "RepresentationTarget"("programmeId", "stakeholderGroupId");

