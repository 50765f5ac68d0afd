import { describe, expect, it } from "vitest";
import { boardDocumentName, parseDocumentName, sectionDocumentName } from "./document-names.js";

const ID = "cmizq1x2y0000abcd1234efgh";

describe("document names", () => {
  it("reads back the names it makes", () => {
    expect(parseDocumentName(sectionDocumentName(ID))).toEqual({ kind: "section", sectionId: ID });
    expect(parseDocumentName(boardDocumentName(ID))).toEqual({ kind: "board", sessionId: ID });
  });

  it.each([
    `section:${ID}:extra`,
    `section:${ID}:`,
    `section:${ID} `,
    ` section:${ID}`,
    `section:${ID}\n`,
    `Section:${ID}`,
    `section:`,
    `section:x`,
    `section:${ID}x`,
    `session:${ID}/x`,
    `board:${ID}`,
    ID,
    "",
  ])("refuses %j", (name) => {
    expect(parseDocumentName(name)).toBeNull();
  });

  it("will not make a name from something that is not an id", () => {
    expect(() => sectionDocumentName(`${ID}:extra`)).toThrow();
    expect(() => boardDocumentName("")).toThrow();
  });
});
