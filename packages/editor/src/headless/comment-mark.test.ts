import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { $getRoot, $isParagraphNode, $isTextNode } from "lexical";
import { withBoundEditor } from "./collab.js";
import { commentMarkUpdate, markedTextInYDoc } from "./comment-mark.js";
import { renderYDoc } from "./render.js";
import { createYDocFromPlainText } from "./seed.js";

const sentence = "People should tell their story once.";

function copyOf(doc: Y.Doc): Y.Doc {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  return copy;
}

/** Types `text` at the start and end of the first paragraph, as a second person would. */
function typeAroundFirstParagraph(doc: Y.Doc, before: string, after: string) {
  const scratch = new Y.Doc();
  withBoundEditor(scratch, (editor) => {
    Y.applyUpdate(scratch, Y.encodeStateAsUpdate(doc));
    editor.read(() => {}); // flush the replayed state first (see commentMarkUpdate)
    // Two separate updates, as typing is: one change at a time, each synced as a small delta.
    editor.update(
      () => {
        const first = $getRoot().getFirstDescendant();
        if (!$isTextNode(first)) throw new Error("expected text");
        first.setTextContent(before + first.getTextContent());
      },
      { discrete: true },
    );
    editor.update(
      () => {
        const paragraph = $getRoot().getFirstChild();
        if (!$isParagraphNode(paragraph)) throw new Error("expected a paragraph");
        const last = paragraph.getLastDescendant();
        if (!$isTextNode(last)) throw new Error("expected text");
        last.setTextContent(last.getTextContent() + after);
      },
      { discrete: true },
    );
  });
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(scratch, Y.encodeStateVector(doc)));
}

describe("comment marks", () => {
  it("marks the quoted words without changing the text", () => {
    const doc = createYDocFromPlainText([`Our aims. ${sentence} More words.`, "Second."]);
    const update = commentMarkUpdate(doc, "thread-1", { quote: sentence, prefix: "Our aims. " });
    expect(update).not.toBeNull();
    Y.applyUpdate(doc, update!);
    expect(markedTextInYDoc(doc, "thread-1")).toBe(sentence);
    expect(renderYDoc(doc).text).toBe(`Our aims. ${sentence} More words.\n\nSecond.`);
  });

  it("uses the prefix to choose between repeated words", () => {
    const doc = createYDocFromPlainText(["Yes. Agreed. No. Agreed."]);
    Y.applyUpdate(doc, commentMarkUpdate(doc, "t", { quote: "Agreed.", prefix: "No. " })!);
    const json = JSON.stringify(renderYDoc(doc).json);
    // The second "Agreed." is the marked one: "No. " comes just before the mark.
    expect(json).toMatch(/"text":"Yes\. Agreed\. No\. ".*"type":"mark"/);
    expect(markedTextInYDoc(doc, "t")).toBe("Agreed.");
  });

  it("returns null when the words are not in the document", () => {
    const doc = createYDocFromPlainText([sentence]);
    expect(commentMarkUpdate(doc, "t", { quote: "Not there", prefix: "" })).toBeNull();
    expect(commentMarkUpdate(doc, "t", { quote: "   ", prefix: "" })).toBeNull();
  });

  it("keeps the mark on its words when someone types before and after it", () => {
    const server = createYDocFromPlainText([`Start. ${sentence} End.`]);
    const otherPerson = copyOf(server);
    // Typing at the start of the paragraph at the same moment as the mark is made.
    typeAroundFirstParagraph(otherPerson, "Typed before. ", "");
    const mark = commentMarkUpdate(server, "t", { quote: sentence, prefix: "Start. " })!;
    Y.applyUpdate(server, mark);
    Y.applyUpdate(server, Y.encodeStateAsUpdate(otherPerson));
    Y.applyUpdate(otherPerson, Y.encodeStateAsUpdate(server));
    // Then more typing before and after the marked words, once the mark has arrived.
    typeAroundFirstParagraph(otherPerson, "Again. ", " Typed after.");
    Y.applyUpdate(server, Y.encodeStateAsUpdate(otherPerson));
    for (const doc of [server, otherPerson]) {
      expect(markedTextInYDoc(doc, "t")).toBe(sentence);
      expect(renderYDoc(doc).text).toBe(
        `Again. Typed before. Start. ${sentence} End. Typed after.`,
      );
    }
  });
});
