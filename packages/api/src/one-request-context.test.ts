// A context made for one HTTP request remembers each programme membership it looked up, so a
// page's several procedures check it once; any change made through it forgets them.
import { describe, expect, it } from "vitest";
import { createCaller } from "./router.js";
import { createContext } from "./context.js";
import { createTestDb } from "./test/test-db.js";
import { createProgrammeFixture } from "./test/fixtures.js";
import { createSession } from "./services/sessions.js";

describe("a one-request context", () => {
  it("looks a membership up once, and again after a change", async () => {
    const db = await createTestDb();
    const fixture = await createProgrammeFixture(db, "test-programme");
    const viewer = fixture.users.viewer;
    const { token } = await createSession(db, viewer.id, new Date());
    const context = await createContext({
      db,
      sessionToken: token,
      ip: "127.0.0.1",
      secure: false,
      setCookie: () => {},
      devOutbox: false,
      oneRequest: true,
    });
    const caller = createCaller(context);
    const role = async () =>
      (await caller.programmes.get({ programmeSlug: "test-programme" })).myRole;
    expect(await role()).toBe("viewer");
    await db.membership.updateMany({ where: { userId: viewer.id }, data: { role: "editor" } });
    // Still the same request: the membership it looked up stands.
    expect(await role()).toBe("viewer");
    await caller.auth.updateName({ name: "Renamed viewer" });
    expect(await role()).toBe("editor");
    await db.$disconnect();
  });
});
