-- DropIndex
DROP INDEX "Membership_programmeId_idx";

-- CreateIndex
CREATE INDEX "Membership_programmeId_role_idx" ON "Membership"("programmeId", "role");

