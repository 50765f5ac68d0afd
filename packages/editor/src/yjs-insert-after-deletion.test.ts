// Yjs decides where concurrent inserts go from each insert's left neighbour (its "origin").
// Text inserted right after a character must take that character as its origin even when the
// characters after it have been deleted; patches/yjs+13.6.27.patch (`insertText`) makes it so.
import * as Y from "yjs";
import { describe, expect, it } from "vitest";

/** The characters of `text` whose item hangs on `character`, in document order. */
function originOf(text: Y.Text, character: string): string | null {
  for (let item = text._start; item; item = item.right) {
    const content = item.content as Y.ContentString;
    if (item.deleted || typeof content.str !== "string" || !content.str.includes(character)) {
      continue;
    }
    const offset = content.str.indexOf(character);
    if (offset > 0) return content.str[offset - 1] ?? null;
    const origin = item.origin ? Y.getItem(text.doc!.store, item.origin) : null;
    if (!origin) return null;
    const originContent = origin.content as Y.ContentString;
    const str = typeof originContent.str === "string" ? originContent.str : "";
    return origin.deleted ? `deleted ${str || "character"}` : (str.at(-1) ?? null);
  }
  throw new Error(`"${character}" is not in the text`);
}

describe("Yjs text: an insert hangs on the live character before it", () => {
  it("after a deleted neighbour, reached by counting from the start", () => {
    const text = new Y.Doc().getText();
    text.insert(0, "a");
    text.insert(1, "bc");
    text.delete(1, 1);
    text.insert(1, "x");
    expect(text.toString()).toBe("axc");
    expect(originOf(text, "x")).toBe("a");
  });

  it("after a deleted neighbour, reached from a search marker on the next live character", () => {
    const text = new Y.Doc().getText();
    text.insert(0, "acdefgh");
    text.insert(1, "b");
    text.delete(1, 1);
    // Typing further on leaves one of Yjs's search markers on "c", just after the deletion.
    text.insert(3, "y");
    text.insert(1, "x");
    expect(text.toString()).toBe("axcdyefgh");
    expect(originOf(text, "x")).toBe("a");
  });
});
