import { beforeEach, describe, expect, it } from "vitest";
import type { Db } from "@coproduce/db";
import { createTestDb } from "../../test/test-db.js";
import { callerFor, createProgrammeFixture } from "../../test/fixtures.js";

let db: Db;

beforeEach(async () => {
  db = await createTestDb();
});

async function feedback(programmeId: string, moderation: string) {
  return db.feedback.create({
    data: {
      programmeId,
      targetType: "programme",
      targetTitle: "The programme",
      body: "Thank you.",
      consentText: "Yes",
      moderation,
      trackTokenHash: `hash-${Math.random()}`,
      senderHash: "sender",
    },
  });
}

describe("the public front door", () => {
  it("lists only programmes with a published Toolbox or approved feedback", async () => {
    const released = await createProgrammeFixture(db, "released");
    await db.toolboxRelease.create({
      data: { toolboxId: released.toolbox.id, version: "1.0", notes: "" },
    });
    const answered = await createProgrammeFixture(db, "answered");
    await feedback(answered.programme.id, "approved");
    await feedback(answered.programme.id, "pending");
    const quiet = await createProgrammeFixture(db, "quiet");
    await feedback(quiet.programme.id, "pending");

    const visitor = await callerFor(db, null);
    const programmes = await visitor.publicToolbox.frontDoor();

    expect(programmes.map((p) => p.slug).sort()).toEqual(["answered", "released"]);
    expect(programmes.find((p) => p.slug === "released")).toMatchObject({
      toolboxTitle: "Toolbox",
      publishedFeedback: 0,
    });
    expect(programmes.find((p) => p.slug === "answered")).toMatchObject({
      toolboxTitle: null,
      publishedFeedback: 1,
    });
  });
});
