import { beforeEach, describe, expect, it } from "vitest";
import type { Db } from "@coproduce/db";
import { createTestDb } from "../../test/test-db.js";
import {
  callerFor,
  createProgrammeFixture,
  createToolkitDocument,
  editLiveText,
} from "../../test/fixtures.js";

const programmeSlug = "test-programme";
const HOSTILE = `<img src=x onerror=alert(1)> and <script>alert(2)</script>`;
let db: Db;
let fixture: Awaited<ReturnType<typeof createProgrammeFixture>>;
let documentId: string;

beforeEach(async () => {
  db = await createTestDb();
  fixture = await createProgrammeFixture(db, programmeSlug);
  const document = await createToolkitDocument(db, fixture.toolbox.id);
  documentId = document.id;
});

async function section(
  title: string,
  options: { status?: string; parentId?: string; text?: string } = {},
) {
  const count = await db.section.count({ where: { documentId } });
  return db.section.create({
    data: {
      documentId,
      title,
      sortOrder: count,
      status: options.status ?? "agreed",
      parentId: options.parentId ?? null,
      plainText: options.text ?? `${title} text`,
    },
  });
}

async function asFacilitator() {
  return callerFor(db, fixture.users.facilitator.id);
}

describe("publishing a release", () => {
  it("freezes every agreed section in reading order, and later drafts leave it unchanged", async () => {
    const intro = await section("Introduction");
    await section("Draft only", { status: "draft" });
    const child = await section("Under a draft", {
      parentId: (await section("Parent draft", { status: "in_review" })).id,
    });
    await editLiveText(db, intro.id, ["Published words."]);

    const caller = await asFacilitator();
    const release = await caller.publishing.publish({
      programmeSlug,
      version: "1.0",
      notes: "First",
    });
    expect(release._count.sections).toBe(2);

    await editLiveText(db, intro.id, ["Changed later."]);
    const anonymous = await callerFor(db, null);
    const { contents } = await anonymous.publicToolbox.release({ programmeSlug });
    expect(contents.map((c) => [c.title, c.depth])).toEqual([
      ["Introduction", 0],
      ["Under a draft", 0],
    ]);
    const page = await anonymous.publicToolbox.section({ programmeSlug, sectionId: intro.id });
    expect(page.section.html).toContain("Published words.");
    expect(page.section.html).not.toContain("Changed later");
    expect(page.next?.sectionId).toBe(child.id);

    const status = await caller.publishing.sectionStatus({ programmeSlug, sectionId: intro.id });
    expect(status).toEqual({ version: "1.0", included: true, differs: true });
  });

  it("says the draft matches when nothing changed since publishing", async () => {
    const intro = await section("Introduction");
    const caller = await asFacilitator();
    await caller.publishing.publish({ programmeSlug, version: "1.0", notes: "" });
    const status = await caller.publishing.sectionStatus({ programmeSlug, sectionId: intro.id });
    expect(status).toEqual({ version: "1.0", included: true, differs: false });
  });

  it("notices every live edit after publishing, however often the page is opened", async () => {
    const intro = await section("Introduction");
    await editLiveText(db, intro.id, ["Published words."]);
    const caller = await asFacilitator();
    await caller.publishing.publish({ programmeSlug, version: "1.0", notes: "" });
    const status = () => caller.publishing.sectionStatus({ programmeSlug, sectionId: intro.id });
    expect((await status())?.differs).toBe(false);
    expect((await status())?.differs).toBe(false);
    await editLiveText(db, intro.id, ["Changed later."]);
    expect((await status())?.differs).toBe(true);
  });

  it("keeps every release readable, the latest first", async () => {
    const intro = await section("Introduction");
    const caller = await asFacilitator();
    await caller.publishing.publish({ programmeSlug, version: "1.0", notes: "" });
    await editLiveText(db, intro.id, ["Second edition."]);
    await caller.publishing.publish({ programmeSlug, version: "1.1", notes: "Clearer wording" });
    const anonymous = await callerFor(db, null);
    const latest = await anonymous.publicToolbox.section({ programmeSlug, sectionId: intro.id });
    expect(latest.release.version).toBe("1.1");
    expect(latest.section.html).toContain("Second edition.");
    const old = await anonymous.publicToolbox.section({
      programmeSlug,
      version: "1.0",
      sectionId: intro.id,
    });
    expect(old.release.isLatest).toBe(false);
    expect(old.section.html).toContain("Introduction text");
    const { releases } = await anonymous.publicToolbox.release({ programmeSlug });
    expect(releases.map((r) => r.version)).toEqual(["1.1", "1.0"]);
  });

  it("refuses a number that does not go up, a malformed one, or nothing agreed, and writes nothing", async () => {
    const caller = await asFacilitator();
    await expect(
      caller.publishing.publish({ programmeSlug, version: "1.0", notes: "" }),
    ).rejects.toThrow("No sections are agreed yet");
    await section("Introduction");
    await caller.publishing.publish({ programmeSlug, version: "1.2", notes: "" });
    await expect(
      caller.publishing.publish({ programmeSlug, version: "1.1", notes: "" }),
    ).rejects.toThrow("Release numbers go up: the latest release is 1.2");
    await expect(
      caller.publishing.publish({ programmeSlug, version: "1.2.0", notes: "" }),
    ).rejects.toThrow("Release numbers go up");
    await expect(
      caller.publishing.publish({ programmeSlug, version: "one", notes: "" }),
    ).rejects.toThrow("Write the release number as numbers and dots");
    await expect(
      caller.publishing.publish({ programmeSlug, version: "2.0", notes: "x".repeat(5001) }),
    ).rejects.toThrow("at most 5,000 characters");
    expect(await db.toolboxRelease.count()).toBe(1);
  });

  it("keeps hostile text inert in the frozen HTML and Markdown", async () => {
    const intro = await section("Introduction");
    await editLiveText(db, intro.id, [HOSTILE]);
    const caller = await asFacilitator();
    await caller.publishing.publish({ programmeSlug, version: "1.0", notes: HOSTILE });
    const frozen = await db.releaseSection.findFirstOrThrow({ where: { sectionId: intro.id } });
    expect(frozen.html).not.toMatch(/<img|<script/i);
    expect(frozen.html).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(frozen.markdown).not.toMatch(/(^|[^\\])<(img|script)/i);
  });

  it("shows nothing of an unpublished Toolbox", async () => {
    await section("Introduction");
    const anonymous = await callerFor(db, null);
    await expect(anonymous.publicToolbox.release({ programmeSlug })).rejects.toThrow(
      "This Toolbox has not been published yet.",
    );
    expect(await anonymous.publicToolbox.published()).toEqual([]);
  });
});
