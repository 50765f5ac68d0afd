-- AlterTable
ALTER TABLE "SectionVariant" ADD COLUMN     "publishedHtml" TEXT,
ADD COLUMN     "publishedTitle" TEXT;

