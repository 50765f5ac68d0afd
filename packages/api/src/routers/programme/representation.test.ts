import { describe, expect, it } from "vitest";
import { createTestDb } from "../../test/test-db.js";
import { callerFor, createProgrammeFixture } from "../../test/fixtures.js";
import { compactDocument } from "@coproduce/collab";
import { sectionDocumentName } from "@coproduce/shared/document-names";

const programmeSlug = "test-programme";

describe("representation", () => {
  it("counts editors (also after compaction), commenters, attendances and feedback by group and place, against targets", async () => {
    const db = await createTestDb();
    const f = await createProgrammeFixture(db, programmeSlug);
    const [carer, clinician] = await Promise.all([
      db.stakeholderGroup.create({
        data: { key: "carer", name: "Carer", description: "", sortOrder: 1 },
      }),
      db.stakeholderGroup.create({
        data: { key: "clinician", name: "Clinician", description: "", sortOrder: 0 },
      }),
    ]);
    const north = await db.place.create({
      data: { programmeId: f.programme.id, name: "North", level: "place" },
    });
    const locality = await db.place.create({
      data: {
        programmeId: f.programme.id,
        name: "North East",
        level: "locality",
        parentId: north.id,
      },
    });
    const hospital = await db.organisation.create({
      data: {
        programmeId: f.programme.id,
        name: "Hospital",
        sector: "acute",
        placeId: locality.id,
      },
    });
    await db.membership.updateMany({
      where: { userId: { in: [f.users.editor.id, f.users.admin.id] } },
      data: { stakeholderGroupId: clinician.id, organisationId: hospital.id },
    });
    await db.membership.updateMany({
      where: { userId: f.users.contributor.id },
      data: { stakeholderGroupId: carer.id },
    });
    const document = await db.document.create({
      data: {
        toolboxId: f.toolbox.id,
        kind: "toolkit",
        slug: "t",
        title: "T",
        summary: "",
        sortOrder: 0,
      },
    });
    const section = await db.section.create({
      data: { documentId: document.id, title: "S", sortOrder: 0 },
    });
    const documentName = sectionDocumentName(section.id);
    // The editor edited twice (counted once); the admin's edit was folded by compaction.
    for (const userId of [f.users.admin.id, f.users.editor.id, f.users.editor.id]) {
      await db.collabUpdate.create({
        data: { documentName, userId, update: new Uint8Array([0, 0]) },
      });
    }
    await compactDocument(db, documentName);
    await db.collabUpdate.create({
      data: { documentName, userId: f.users.editor.id, update: new Uint8Array([0, 0]) },
    });
    // Someone else's programme does not count.
    await db.collabUpdate.create({
      data: {
        documentName: "section:elsewhere",
        userId: f.users.contributor.id,
        update: new Uint8Array([0, 0]),
      },
    });
    // The contributor (a carer) commented twice: counted once. A guest carer attended a session.
    const thread = await db.commentThread.create({
      data: { sectionId: section.id, quote: "q", authorId: f.users.contributor.id },
    });
    for (const body of ["one", "two"]) {
      await db.comment.create({
        data: { threadId: thread.id, authorId: f.users.contributor.id, body },
      });
    }
    const session = await db.academySession.create({
      data: {
        programmeId: f.programme.id,
        title: "Workshop",
        purpose: "",
        startsAt: new Date(),
        endsAt: new Date(),
        place: "Hall",
        facilitators: "",
        invited: "",
        joinCode: "ACDEFG",
      },
    });
    await db.academyAttendance.create({
      data: { sessionId: session.id, name: "Guest", stakeholderGroupId: carer.id },
    });
    const feedback = (stakeholderGroupId: string | null, placeId: string | null) => ({
      programmeId: f.programme.id,
      targetType: "programme",
      targetTitle: "P",
      body: "b",
      consentText: "c",
      trackTokenHash: `t-${Math.random()}`,
      senderHash: "s",
      stakeholderGroupId,
      placeId,
    });
    await db.feedback.createMany({
      data: [feedback(carer.id, north.id), feedback(carer.id, locality.id), feedback(null, null)],
    });
    const admin = await callerFor(db, f.users.admin.id);
    await admin.representation.setTargets({
      programmeSlug,
      targets: [
        { stakeholderGroupKey: "carer", targetPercent: 50 },
        { stakeholderGroupKey: "clinician", targetPercent: 30 },
      ],
    });
    await expect(
      admin.representation.setTargets({
        programmeSlug,
        targets: [
          { stakeholderGroupKey: "carer", targetPercent: 80 },
          { stakeholderGroupKey: "clinician", targetPercent: 30 },
        ],
      }),
    ).rejects.toThrow("The targets add up to 110%");

    const report = await (
      await callerFor(db, f.users.viewer.id)
    ).representation.report({ programmeSlug });
    expect(report.total).toBe(7);
    expect(
      report.byGroup.map((r) => [
        r.name,
        r.counts.editing,
        r.counts.comments,
        r.counts.sessions,
        r.counts.feedback,
        r.share,
        r.targetPercent,
        r.belowTarget,
      ]),
    ).toEqual([
      ["Clinician", 2, 0, 0, 0, 28.6, 30, true],
      ["Carer", 0, 1, 1, 2, 57.1, 50, false],
      ["Not said", 0, 0, 0, 1, 14.3, null, false],
    ]);
    expect(report.byPlace.map((r) => [r.name, r.total])).toEqual([
      ["North", 4],
      ["Not said", 3],
    ]);
  });
});
