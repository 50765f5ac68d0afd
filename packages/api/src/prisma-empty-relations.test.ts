// patches/@prisma+client+6.19.3.patch: Prisma's query interpreter sent a query for every
// relation of a list even when the list was empty (`… WHERE id IN (NULL)`), about a dozen of the
// section page's statements. The patch returns an empty list at once; a list with rows still
// loads its relations as before.
import { afterEach, describe, expect, it } from "vitest";
import { queriesSoFar, type Db } from "@coproduce/db";
import { createProgrammeFixture, createToolkitDocument } from "./test/fixtures.js";
import { createTestDb, testDatabaseProvider } from "./test/test-db.js";

let db: Db | undefined;
afterEach(() => db?.$disconnect());

/** Statements sent while `read` runs; only the SQLite adapter counts them (query-count.ts). */
async function statementsOf<T>(read: () => Promise<T>) {
  const before = queriesSoFar();
  const result = await read();
  return { result, statements: queriesSoFar() - before };
}

const withRelations = (db: Db, toolboxId: string) =>
  db.document.findMany({
    where: { toolboxId },
    include: { sections: { include: { versions: { include: { author: true } } } } },
  });

describe("reading a list with its relations", () => {
  it("sends one statement when the list is empty", async () => {
    db = await createTestDb();
    const { result, statements } = await statementsOf(() => withRelations(db!, "no-such-toolbox"));
    expect(result).toEqual([]);
    if (testDatabaseProvider() === "sqlite") expect(statements).toBe(1);
  });

  it("still loads every level of relations when the list has rows", async () => {
    db = await createTestDb();
    const f = await createProgrammeFixture(db);
    const document = await createToolkitDocument(db, f.toolbox.id);
    const section = await db.section.create({
      data: { documentId: document.id, title: "Aims", sortOrder: 0 },
    });
    await db.sectionVersion.create({
      data: {
        sectionId: section.id,
        number: 1,
        kind: "named",
        name: "First",
        authorId: f.users.editor.id,
        yjsState: new Uint8Array([0, 0]),
        plainText: "",
        html: "",
        json: "{}",
      },
    });
    // A second document with no sections: its empty list stays empty.
    await db.document.create({
      data: {
        toolboxId: f.toolbox.id,
        kind: "handbook",
        slug: "h",
        title: "H",
        summary: "",
        sortOrder: 1,
      },
    });

    const { result } = await statementsOf(() => withRelations(db!, f.toolbox.id));
    const bySlug = new Map(result.map((found) => [found.slug, found]));
    expect(bySlug.get("h")!.sections).toEqual([]);
    const [aims] = bySlug.get("toolkit")!.sections;
    expect(aims!.title).toBe("Aims");
    expect(aims!.versions.map((version) => [version.name, version.author?.name])).toEqual([
      ["First", "Test editor"],
    ]);
  });
});
