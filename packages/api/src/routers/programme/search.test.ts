import { beforeEach, describe, expect, it } from "vitest";
import type { Db } from "@coproduce/db";
import { createTestDb } from "../../test/test-db.js";
import { callerFor, createProgrammeFixture, createToolkitDocument } from "../../test/fixtures.js";
import { createAcademySession } from "../../test/academy-fixtures.js";
import { markedHtml, searchWords } from "../../services/search.js";
import { toMatchQuery } from "../../services/search-engines/sqlite-fts5.js";
import { toTsQuery } from "../../services/search-engines/postgresql-tsvector.js";

const programmeSlug = "test-programme";
let db: Db;
let fixture: Awaited<ReturnType<typeof createProgrammeFixture>>;
let documentId: string;

beforeEach(async () => {
  db = await createTestDb();
  fixture = await createProgrammeFixture(db, programmeSlug);
  const document = await createToolkitDocument(
    db,
    fixture.toolbox.id,
    "How neighbourhood teams work together.",
  );
  documentId = document.id;
});

async function section(title: string, plainText: string, extra: { archivedAt?: Date } = {}) {
  return db.section.create({
    data: { documentId, title, plainText, sortOrder: 0, ...extra },
  });
}

async function searchPage(
  role: keyof typeof fixture.users,
  q: string,
  page?: { page?: number; pageSize?: number },
) {
  const caller = await callerFor(db, fixture.users[role].id);
  return caller.search.query({ programmeSlug, q, ...page });
}

/** The first page's results. */
async function search(role: keyof typeof fixture.users, q: string) {
  return (await searchPage(role, q)).results;
}

describe("search", () => {
  it("ranks results with bm25: a match in the title beats a passing mention", async () => {
    await section("Background", "Some words, and once: continuity of care.");
    await section("Continuity of care", "Seeing the same team over time.");
    const results = await search("viewer", "continuity");
    expect(results.map((r) => r.titleHtml)).toEqual([
      "<mark>Continuity</mark> of care",
      "Background",
    ]);
    expect(results[1]!.snippetHtml).toContain("<mark>continuity</mark>");
    expect(results[0]).toMatchObject({ kind: "section", kindLabel: "Section" });
    expect(results[0]!.href).toMatch(/^\/p\/test-programme\/toolbox\/c/);
  });

  it("finds text as the live editor changes it, and prefixes of words", async () => {
    const created = await section("Aims", "Nothing yet.");
    expect(await search("viewer", "neighbourhoodwide")).toEqual([]);
    await db.section.update({
      where: { id: created.id },
      data: { plainText: "A neighbourhoodwide plan." },
    });
    expect((await search("viewer", "neighbourhoodw")).map((r) => r.recordId)).toEqual([created.id]);
  });

  it("finds documents, partnerships and members' names", async () => {
    const place = await db.place.create({
      data: { programmeId: fixture.programme.id, name: "Northshire", level: "place" },
    });
    await db.partnership.create({
      data: {
        programmeId: fixture.programme.id,
        slug: "p",
        name: "Riverside Partnership",
        placeId: place.id,
        cohort: "1",
        careModelType: "pacs",
        status: "designing",
        description: "Integrated care for Riverside.",
      },
    });
    expect((await search("viewer", "riverside")).map((r) => r.kind)).toEqual(["partnership"]);
    expect((await search("viewer", "neighbourhood teams")).map((r) => r.kind)).toEqual([
      "document",
    ]);
    await db.user.update({
      where: { id: fixture.users.editor.id },
      data: { name: "Priya Zamora" },
    });
    const people = await search("viewer", "zamora");
    expect(people).toMatchObject([{ kind: "member", titleHtml: "Priya <mark>Zamora</mark>" }]);
  });

  it("never shows one programme's records to another programme or an outsider", async () => {
    await section("Secret plan", "Confidential approach.");
    const other = await createProgrammeFixture(db, "other-programme");
    const stranger = await callerFor(db, other.users.admin.id);
    expect(
      await stranger.search.query({ programmeSlug: "other-programme", q: "confidential" }),
    ).toMatchObject({ results: [], total: 0 });
    await expect(stranger.search.query({ programmeSlug, q: "confidential" })).rejects.toThrow(
      "We could not find that programme.",
    );
    const outsider = await callerFor(db, fixture.users.outsider.id);
    await expect(outsider.search.query({ programmeSlug, q: "confidential" })).rejects.toThrow(
      "We could not find that programme.",
    );
  });

  it("shows archived sections only to those who can restore them", async () => {
    await section("Old approach", "Superseded wording.", { archivedAt: new Date() });
    expect(await search("viewer", "superseded")).toEqual([]);
    expect(await search("contributor", "superseded")).toEqual([]);
    const forEditor = await search("editor", "superseded");
    expect(forEditor).toHaveLength(1);
    expect(forEditor[0]!.href).toBe("/p/test-programme/toolbox");
  });

  it("never turns pasted markup into live HTML in titles or snippets", async () => {
    await section(
      "<script>alert(1)</script> plan",
      "Paste: <img src=x onerror=alert(1)> and <script>alert(2)</script> plan.",
    );
    const [result] = await search("viewer", "plan");
    expect(result!.titleHtml).toBe("&lt;script&gt;alert(1)&lt;/script&gt; <mark>plan</mark>");
    expect(result!.snippetHtml).not.toMatch(/<img|<script/);
    expect(result!.snippetHtml).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(result!.snippetHtml.replace(/<\/?mark>/g, "")).not.toMatch(/</);
  });

  it("accepts any typed text without query syntax errors", async () => {
    await section("Aims", "Quotes and stars.");
    expect(await search("viewer", '"aims* ( -')).toHaveLength(1);
    expect(await search("viewer", "aims OR NEAR")).toEqual([]);
    expect(await search("viewer", "   ")).toEqual([]);
    expect(searchWords('say "hi" (-)')).toEqual(["say", "hi"]);
    expect(toMatchQuery(["say", "hi"])).toBe('"say"* "hi"*');
    expect(toTsQuery(["say", "hi"])).toBe("say:* & hi:*");
    expect(markedHtml("a \u0002b\u0003 <c>")).toBe("a <mark>b</mark> &lt;c&gt;");
  });
});

describe("search over comments and the published Toolbox", () => {
  it("finds comment text and only the latest release's published text, with links to each", async () => {
    const care = await section("Care planning", "One plan per person.");
    await db.section.update({ where: { id: care.id }, data: { status: "agreed" } });
    const thread = await db.commentThread.create({
      data: { sectionId: care.id, quote: "One plan", authorId: fixture.users.editor.id },
    });
    await db.comment.create({
      data: {
        threadId: thread.id,
        authorId: fixture.users.editor.id,
        body: "What about respite carers?",
      },
    });
    const admin = await callerFor(db, fixture.users.admin.id);
    await admin.publishing.publish({ programmeSlug, version: "1.0", notes: "" });
    await admin.publishing.publish({ programmeSlug, version: "1.1", notes: "" });

    const comments = await search("viewer", "respite");
    expect(comments.map((r) => [r.kind, r.href])).toEqual([
      ["comment", `/p/${programmeSlug}/toolbox/${care.id}#thread-${thread.id}`],
    ]);
    const published = (await search("viewer", "plan")).filter((r) => r.kind === "published");
    expect(published.map((r) => r.href)).toEqual([
      `/toolbox/${programmeSlug}/releases/1.1/sections/${care.id}`,
    ]);

    // Comments on an archived section are for editors and up, like the section itself.
    await db.section.update({ where: { id: care.id }, data: { archivedAt: new Date() } });
    expect(await search("viewer", "respite")).toEqual([]);
    expect((await search("editor", "respite")).map((r) => r.kind)).toEqual(["comment"]);
  });
});

describe("search counts and pages", () => {
  it("says how many match in all and pages through them, each match once", async () => {
    for (let n = 1; n <= 50; n++) await section(`Respite plan ${n}`, "Breaks for carers.");
    await section("Unrelated", "Nothing to see.");
    const first = await searchPage("viewer", "respite");
    expect(first.total).toBe(50);
    expect(first.results).toHaveLength(20);
    expect(first).toMatchObject({ page: 1, pageSize: 20 });

    const seen = new Set<string>();
    for (const page of [1, 2, 3]) {
      const { results, total } = await searchPage("viewer", "respite", { page });
      expect(total).toBe(50);
      for (const result of results) seen.add(result.recordId);
    }
    expect(seen.size).toBe(50);
    expect((await searchPage("viewer", "respite", { page: 3 })).results).toHaveLength(10);
    expect((await searchPage("viewer", "respite", { page: 4 })).results).toEqual([]);
    await expect(searchPage("viewer", "respite", { page: 0 })).rejects.toThrow("Pages start at 1.");
  });

  it("counts only what the reader may see", async () => {
    await section("Respite now", "Current.");
    await section("Respite before", "Old.", { archivedAt: new Date() });
    expect((await searchPage("viewer", "respite")).total).toBe(1);
    expect((await searchPage("editor", "respite")).total).toBe(2);
  });
});

describe("search over Change Academy", () => {
  it("finds sessions and their outputs for members, linking to the session and its record", async () => {
    const { session } = await createAcademySession(db, fixture.programme.id);
    await db.academySession.update({
      where: { id: session.id },
      data: { purpose: "Hear from carers about hospital discharge." },
    });
    const output = await db.academyOutput.create({
      data: { sessionId: session.id, kind: "action", title: "Phone carers before discharge" },
    });

    const found = await search("viewer", "discharge");
    expect(found.map((r) => [r.kind, r.kindLabel, r.href]).sort()).toEqual([
      ["output", "Session output", `/p/${programmeSlug}/academy/${session.id}/record`],
      ["session", "Change Academy session", `/p/${programmeSlug}/academy/${session.id}`],
    ]);
    expect((await search("viewer", "hospital")).map((r) => r.recordId)).toEqual([session.id]);
    expect((await search("viewer", "phone")).map((r) => r.recordId)).toEqual([
      `${session.id}/${output.id}`,
    ]);

    // Renamed and removed records follow at once.
    await db.academyOutput.update({ where: { id: output.id }, data: { title: "Text carers" } });
    expect(await search("viewer", "phone")).toEqual([]);
    await db.academySession.delete({ where: { id: session.id } });
    expect(await search("viewer", "discharge")).toEqual([]);
    expect(await search("viewer", "text carers")).toEqual([]);
  });

  it("never shows another programme's sessions", async () => {
    const other = await createProgrammeFixture(db, "other-programme");
    await createAcademySession(db, other.programme.id);
    expect(await search("viewer", "ideas discharge")).toEqual([]);
  });
});
