-- AlterTable
ALTER TABLE "SectionVariant" ADD COLUMN "publishedHtml" TEXT;
ALTER TABLE "SectionVariant" ADD COLUMN "publishedTitle" TEXT;

