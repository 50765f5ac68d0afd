// patches/@prisma+client+6.19.3.patch keeps the plans Prisma's query compiler makes, keyed by
// the query's JSON (docs/decisions/0022). These tests hold it to what makes that safe: a plan is
// reused only for the very same read, other values get their own plan, writes are never kept,
// kept plans cannot be changed, and the cache is bounded.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { prismaPlanCache, type Db, type PrismaPlanCache } from "@coproduce/db";
import { createProgrammeFixture } from "./test/fixtures.js";
import { createTestDb } from "./test/test-db.js";

let db: Db;
let cache: PrismaPlanCache;
let programmeId: string;
let limits: { limit: number; keyLimit: number };

beforeEach(async () => {
  const found = prismaPlanCache();
  if (!found) throw new Error("The Prisma patch is not applied: run npm install.");
  cache = found;
  limits = { limit: cache.limit, keyLimit: cache.keyLimit };
  db = await createTestDb();
  programmeId = (await createProgrammeFixture(db)).programme.id;
});

afterEach(async () => {
  cache.limit = limits.limit;
  cache.keyLimit = limits.keyLimit;
  await db.$disconnect();
});

/** Plans compiled while `ask` runs. */
async function compiledDuring<T>(ask: () => Promise<T>) {
  const before = cache.compiled;
  const result = await ask();
  return { result, compiled: cache.compiled - before };
}

const organisationsNamed = (name: string) =>
  db.organisation.findMany({ where: { programmeId, name }, select: { name: true } });

function isDeeplyFrozen(value: unknown): boolean {
  if (value === null || typeof value !== "object") return true;
  return Object.isFrozen(value) && Object.values(value).every(isDeeplyFrozen);
}

describe("Prisma's kept query plans", () => {
  it("compiles a question once and answers it again from the kept plan", async () => {
    await db.organisation.create({ data: { programmeId, name: "Age UK", sector: "voluntary" } });
    const first = await compiledDuring(() => organisationsNamed("Age UK"));
    const again = await compiledDuring(() => organisationsNamed("Age UK"));
    expect(first.compiled).toBe(1);
    expect(again.compiled).toBe(0);
    expect(again.result).toEqual([{ name: "Age UK" }]);
  });

  it("gives a question with other values a plan of its own, with its own answer", async () => {
    await db.organisation.create({ data: { programmeId, name: "Age UK", sector: "voluntary" } });
    await db.organisation.create({ data: { programmeId, name: "Mind", sector: "voluntary" } });
    await organisationsNamed("Age UK");
    const other = await compiledDuring(() => organisationsNamed("Mind"));
    expect(other.compiled).toBe(1);
    expect(other.result).toEqual([{ name: "Mind" }]);
    expect(await organisationsNamed("Nobody")).toEqual([]);
  });

  it("compiles every write afresh and keeps none of them", async () => {
    const create = () =>
      db.organisation.create({ data: { programmeId, name: "Same", sector: "acute" } });
    const size = cache.plans.size;
    const first = await compiledDuring(create);
    const second = await compiledDuring(create);
    expect([first.compiled, second.compiled]).toEqual([1, 1]);
    expect(second.result.id).not.toBe(first.result.id);
    expect(cache.plans.size).toBe(size);
  });

  it("keeps plans that nothing can change", async () => {
    await organisationsNamed("Frozen");
    const kept = [...cache.plans.values()].at(-1);
    expect(kept).toBeDefined();
    expect(isDeeplyFrozen(kept)).toBe(true);
  });

  it("compiles long questions every time without keeping them", async () => {
    cache.keyLimit = 300;
    const longName = "x".repeat(400);
    const size = cache.plans.size;
    const first = await compiledDuring(() => organisationsNamed(longName));
    const again = await compiledDuring(() => organisationsNamed(longName));
    expect([first.compiled, again.compiled]).toEqual([1, 1]);
    expect(cache.plans.size).toBe(size);
  });

  it("keeps at most its limit, letting the least recently used go first", async () => {
    cache.plans.clear();
    for (const name of ["a", "b", "c"]) await organisationsNamed(name);
    cache.limit = 3;
    await organisationsNamed("a"); // now the most recently used
    await organisationsNamed("d"); // one over the limit: "b" goes
    expect(cache.plans.size).toBe(3);
    expect((await compiledDuring(() => organisationsNamed("a"))).compiled).toBe(0);
    expect((await compiledDuring(() => organisationsNamed("b"))).compiled).toBe(1);
  });
});
