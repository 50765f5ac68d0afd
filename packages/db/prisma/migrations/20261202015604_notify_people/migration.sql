-- Written by hand as ADD COLUMN: Prisma's diff redefines "User" and "Feedback" (copy, drop,
-- rename), which the search index triggers on "User" do not survive.

-- Whether notifications also come by email.
ALTER TABLE "User" ADD COLUMN "emailNotifications" BOOLEAN NOT NULL DEFAULT true;

-- An opt-in address for the reply, the signed-in author, and the link sent with the reply.
ALTER TABLE "Feedback" ADD COLUMN "replyEmail" TEXT;
ALTER TABLE "Feedback" ADD COLUMN "authorId" TEXT CONSTRAINT "Feedback_authorId_fkey" REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "Feedback" ADD COLUMN "emailTrackTokenHash" TEXT;
CREATE UNIQUE INDEX "Feedback_emailTrackTokenHash_key" ON "Feedback"("emailTrackTokenHash");

-- Feedback given before the form had its own "email me the reply" field was replied to at an
-- email address left as contact details: keep that promise for it.
UPDATE "Feedback" SET "replyEmail" = trim("contact")
WHERE "contact" IS NOT NULL AND trim("contact") LIKE '%_@_%.__%' AND trim("contact") NOT LIKE '% %';
