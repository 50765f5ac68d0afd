import { describe, expect, it } from "vitest";
import { dropIndex, reorder } from "./agenda-order";
import { formatSessionTimes } from "./academy-format";

const items = ["a", "b", "c", "d"].map((id) => ({ id }));
const ids = (list: { id: string }[]) => list.map((x) => x.id).join("");

describe("agenda order", () => {
  it("turns a drop gap into the moved row's new place", () => {
    expect(dropIndex(3, 0)).toBe(0); // last row dropped above the first
    expect(dropIndex(0, 4)).toBe(3); // first row dropped below the last
    expect(dropIndex(1, 1)).toBe(1); // dropped where it was
    expect(dropIndex(1, 2)).toBe(1); // just below itself: no move
    expect(dropIndex(1, 3)).toBe(2);
  });

  it("moves one item and keeps the rest in order", () => {
    expect(ids(reorder(items, "d", 0))).toBe("dabc");
    expect(ids(reorder(items, "a", 3))).toBe("bcda");
    expect(ids(reorder(items, "b", 99))).toBe("acdb");
    expect(ids(reorder(items, "x", 0))).toBe("abcd");
  });
});

describe("session times on the pages", () => {
  it("are UK time, in summer and in winter", () => {
    expect(formatSessionTimes("2030-06-01T09:00:00Z", "2030-06-01T11:30:00Z")).toBe(
      "Sat, 1 June 2030, 10:00–12:30 UK time",
    );
    expect(formatSessionTimes("2030-01-15T10:00:00Z", "2030-01-15T11:00:00Z")).toBe(
      "Tue, 15 January 2030, 10:00–11:00 UK time",
    );
  });
});
