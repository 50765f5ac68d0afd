-- CreateTable
CREATE TABLE "AcademySession" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "programmeId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "purpose" TEXT NOT NULL,
    "startsAt" DATETIME NOT NULL,
    "endsAt" DATETIME NOT NULL,
    "place" TEXT NOT NULL,
    "onlineLink" TEXT,
    "facilitators" TEXT NOT NULL,
    "invited" TEXT NOT NULL,
    "capacity" INTEGER,
    "joinCode" TEXT NOT NULL,
    "currentActivityIndex" INTEGER NOT NULL DEFAULT -1,
    "previousActivityIndex" INTEGER,
    "timerEndsAt" DATETIME,
    "boardLocked" BOOLEAN NOT NULL DEFAULT false,
    "anonymousNotes" BOOLEAN NOT NULL DEFAULT false,
    "endedAt" DATETIME,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "AcademySession_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AcademyActivity" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "sessionId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "durationMinutes" INTEGER NOT NULL,
    "goals" TEXT NOT NULL DEFAULT '',
    "materials" TEXT NOT NULL DEFAULT '',
    "instructions" TEXT NOT NULL DEFAULT '',
    "startedAt" DATETIME,
    CONSTRAINT "AcademyActivity_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "AcademySession" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AcademyGuest" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "sessionId" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "displayName" TEXT NOT NULL,
    "stakeholderGroupId" TEXT,
    "consentText" TEXT NOT NULL,
    "expiresAt" DATETIME NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "AcademyGuest_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "AcademySession" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "AcademyGuest_stakeholderGroupId_fkey" FOREIGN KEY ("stakeholderGroupId") REFERENCES "StakeholderGroup" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AcademyAttendance" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "sessionId" TEXT NOT NULL,
    "userId" TEXT,
    "guestId" TEXT,
    "name" TEXT NOT NULL,
    "stakeholderGroupId" TEXT,
    "joinedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "AcademyAttendance_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "AcademySession" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AcademyNote" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "sessionId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "colour" TEXT NOT NULL,
    "authorName" TEXT NOT NULL,
    "userId" TEXT,
    "guestId" TEXT,
    "clusterId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "AcademyNote_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "AcademySession" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "AcademyNote_clusterId_fkey" FOREIGN KEY ("clusterId") REFERENCES "AcademyCluster" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AcademyCluster" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "sessionId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "AcademyCluster_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "AcademySession" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AcademyVoteRound" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "sessionId" TEXT NOT NULL,
    "budget" INTEGER NOT NULL,
    "onePerNote" BOOLEAN NOT NULL DEFAULT false,
    "anonymous" BOOLEAN NOT NULL DEFAULT true,
    "endsAt" DATETIME,
    "closedAt" DATETIME,
    "revealedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "AcademyVoteRound_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "AcademySession" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AcademyVote" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "roundId" TEXT NOT NULL,
    "noteId" TEXT NOT NULL,
    "voterKey" TEXT NOT NULL,
    "voterName" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "AcademyVote_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "AcademyVoteRound" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "AcademyVote_noteId_fkey" FOREIGN KEY ("noteId") REFERENCES "AcademyNote" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AcademyOutput" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "sessionId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "noteId" TEXT,
    "clusterId" TEXT,
    "ownerName" TEXT,
    "dueDate" DATETIME,
    "status" TEXT NOT NULL DEFAULT 'open',
    "sectionId" TEXT,
    "partnershipId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "AcademyOutput_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "AcademySession" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AcademyEvaluation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "sessionId" TEXT NOT NULL,
    "voterKey" TEXT NOT NULL,
    "rating" INTEGER NOT NULL,
    "comment" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "AcademyEvaluation_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "AcademySession" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "AcademySession_joinCode_key" ON "AcademySession"("joinCode");

-- CreateIndex
CREATE INDEX "AcademySession_programmeId_startsAt_idx" ON "AcademySession"("programmeId", "startsAt");

-- CreateIndex
CREATE INDEX "AcademyActivity_sessionId_position_idx" ON "AcademyActivity"("sessionId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "AcademyGuest_tokenHash_key" ON "AcademyGuest"("tokenHash");

-- CreateIndex
CREATE INDEX "AcademyGuest_sessionId_idx" ON "AcademyGuest"("sessionId");

-- CreateIndex
CREATE UNIQUE INDEX "AcademyAttendance_guestId_key" ON "AcademyAttendance"("guestId");

-- CreateIndex
CREATE UNIQUE INDEX "AcademyAttendance_sessionId_userId_key" ON "AcademyAttendance"("sessionId", "userId");

-- CreateIndex
CREATE INDEX "AcademyNote_sessionId_idx" ON "AcademyNote"("sessionId");

-- CreateIndex
CREATE INDEX "AcademyCluster_sessionId_idx" ON "AcademyCluster"("sessionId");

-- CreateIndex
CREATE INDEX "AcademyVoteRound_sessionId_idx" ON "AcademyVoteRound"("sessionId");

-- CreateIndex
CREATE INDEX "AcademyVote_roundId_voterKey_idx" ON "AcademyVote"("roundId", "voterKey");

-- CreateIndex
CREATE INDEX "AcademyOutput_sessionId_idx" ON "AcademyOutput"("sessionId");

-- CreateIndex
CREATE INDEX "AcademyOutput_sectionId_idx" ON "AcademyOutput"("sectionId");

-- CreateIndex
CREATE UNIQUE INDEX "AcademyEvaluation_sessionId_voterKey_key" ON "AcademyEvaluation"("sessionId", "voterKey");

