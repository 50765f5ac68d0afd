// Publishing a Toolbox release: freeze the current text of every agreed section in one write.
import { TRPCError } from "@trpc/server";
import type { Db } from "@coproduce/db";
import { compareVersions } from "./release-version.js";
import { releaseContent } from "./release-content.js";
import { assertSignedOff, attachSignOff } from "../governance/sign-off.js";
import { recordDecision } from "../governance/decision-log.js";
import { loadCoProductionRecords } from "../co-production/record.js";

export interface PublishInput {
  toolboxId: string;
  version: string;
  notes: string;
  publishedById: string;
}

export async function publishRelease(db: Db, input: PublishInput) {
  const latest = await latestRelease(db, input.toolboxId);
  if (latest && compareVersions(input.version, latest.version) <= 0) {
    throw new TRPCError({
      code: "BAD_REQUEST",
      message: `Release numbers go up: the latest release is ${latest.version}. Choose a higher number.`,
    });
  }

  const { sections: frozen, contentKey } = await releaseContent(db, input.toolboxId);
  if (frozen.length === 0) {
    throw new TRPCError({
      code: "BAD_REQUEST",
      message: "No sections are agreed yet. Mark at least one section as agreed, then publish.",
    });
  }

  // One transaction: a release is stored whole, with its approvals and its log entry, or not at all.
  try {
    return await db.$transaction(async (tx) => {
      // Refused until the programme's sign-off rule is met for exactly this text. Checked in
      // the transaction, so an approval withdrawn a moment ago is not counted.
      const signOff = await assertSignedOff(tx, input.toolboxId, contentKey);
      const release = await tx.toolboxRelease.create({
        data: {
          toolboxId: input.toolboxId,
          version: input.version,
          notes: input.notes,
          publishedById: input.publishedById,
          sections: { create: frozen },
        },
        select: {
          id: true,
          version: true,
          publishedAt: true,
          _count: { select: { sections: true } },
        },
      });
      await attachSignOff(tx, input.toolboxId, release.id, contentKey);
      // Each section's co-production record as it is now, this release's approvals included,
      // so the release keeps saying who shaped it however the live sections move on.
      const records = await loadCoProductionRecords(
        tx,
        signOff.programmeId,
        frozen.map((s) => s.sectionId),
      );
      for (const [sectionId, record] of records) {
        await tx.releaseSection.update({
          where: { releaseId_sectionId: { releaseId: release.id, sectionId } },
          data: { coProduction: JSON.stringify(record) },
        });
      }
      await recordDecision(tx, {
        kind: "release_published",
        programmeId: signOff.programmeId,
        releaseId: release.id,
        actorId: input.publishedById,
        summary:
          `Release ${release.version} published with ${release._count.sections} sections.` +
          (signOff.approvedBy.length ? ` Approved by ${signOff.approvedBy.join(", ")}.` : ""),
      });
      return release;
    });
  } catch (error) {
    // Someone else published this number a moment ago.
    if ((error as { code?: string }).code === "P2002") {
      throw new TRPCError({
        code: "BAD_REQUEST",
        message: `Release ${input.version} already exists. Choose a higher number.`,
      });
    }
    throw error;
  }
}

export function latestRelease(db: Db, toolboxId: string) {
  return db.toolboxRelease.findFirst({
    where: { toolboxId },
    orderBy: { publishedAt: "desc" },
    select: { id: true, version: true, publishedAt: true },
  });
}
