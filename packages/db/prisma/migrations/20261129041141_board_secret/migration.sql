-- AlterTable
ALTER TABLE "AcademySession" ADD COLUMN "boardSecret" TEXT;

