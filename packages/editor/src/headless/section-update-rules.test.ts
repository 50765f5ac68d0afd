import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { $createCodeNode } from "@lexical/code-core";
import { $createLinkNode } from "@lexical/link";
import { $createListItemNode, $createListNode } from "@lexical/list";
import { $createMarkNode } from "@lexical/mark";
import { $createHeadingNode, $createQuoteNode } from "@lexical/rich-text";
import { $createTableNodeWithDimensions } from "@lexical/table";
import { $createParagraphNode, $createTextNode, $getRoot } from "lexical";
import { withBoundEditor } from "./collab.js";
import { createYDocFromPlainText } from "./seed.js";
import { nodePropertyRefusal, sectionUpdateRefusal } from "./section-update-rules.js";

const empty = () => Y.encodeStateAsUpdate(new Y.Doc());

describe("section update rules", () => {
  it("accept everything our editor writes, from a first paragraph to tables and marks", () => {
    const doc = createYDocFromPlainText(["First"]);
    const before = Y.encodeStateAsUpdate(doc);
    withBoundEditor(doc, (editor) => {
      editor.read(() => {});
      editor.update(
        () => {
          const root = $getRoot();
          root.append(
            $createHeadingNode("h2").append($createTextNode("Plan")),
            $createParagraphNode().append(
              $createTextNode("Bold").toggleFormat("bold"),
              $createLinkNode("https://example.org", { rel: "noopener noreferrer" }).append(
                $createTextNode("Guide"),
              ),
              $createMarkNode(["thread-1"]).append($createTextNode("marked")),
            ),
            $createQuoteNode().append($createTextNode("Said")),
            $createListNode("check").append(
              $createListItemNode(true).append($createTextNode("Done")),
            ),
            $createCodeNode("js").append($createTextNode("let a = 1;")),
            $createTableNodeWithDimensions(2, 2, true),
          );
        },
        { discrete: true },
      );
    });
    const change = Y.encodeStateAsUpdate(doc, Y.encodeStateVector(createDocFrom(before)));
    expect(sectionUpdateRefusal(createDocFrom(before), () => before, change)).toBeNull();
    expect(sectionUpdateRefusal(new Y.Doc(), empty, Y.encodeStateAsUpdate(doc))).toBeNull();
  });

  it("find an overwritten key from the document, or failing that from a copy", () => {
    const doc = createYDocFromPlainText(["First"]);
    const state = Y.encodeStateAsUpdate(doc);
    const before = Y.encodeStateVector(doc);
    const root = doc.get("root", Y.XmlText);
    const paragraph = (root.toDelta() as { insert: Y.XmlText }[])[0]!.insert;
    const text = (paragraph.toDelta() as { insert: unknown }[])
      .map((op) => op.insert)
      .find((insert): insert is Y.Map<unknown> => insert instanceof Y.Map)!;
    text.set("__style", "position: fixed");
    const attack = Y.encodeStateAsUpdate(doc, before);
    // The key's name is not in the update: its place comes from the live document…
    expect(sectionUpdateRefusal(createDocFrom(state), () => state, attack)).toMatch(/style/);
    // …or, when the live document does not have it yet (accepted, not applied), from a copy.
    expect(sectionUpdateRefusal(new Y.Doc(), () => state, attack)).toMatch(/style/);
    // Typing needs neither.
    const typed = createDocFrom(state);
    const vector = Y.encodeStateVector(typed);
    const typedParagraph = (typed.get("root", Y.XmlText).toDelta() as { insert: Y.XmlText }[])[0]!
      .insert;
    typedParagraph.insert(typedParagraph.length, " more");
    const typing = Y.encodeStateAsUpdate(typed, vector);
    expect(
      sectionUpdateRefusal(
        new Y.Doc(),
        () => {
          throw new Error("not needed");
        },
        typing,
      ),
    ).toBeNull();
  });

  it("refuse styles, other link targets, rel and addresses, and odd keys", () => {
    expect(nodePropertyRefusal("__style", "color: red")).toMatch(/style/);
    expect(nodePropertyRefusal("__textStyle", "color: red")).toMatch(/style/);
    expect(nodePropertyRefusal("__style", "")).toBeNull();
    expect(nodePropertyRefusal("__target", "_blank")).toBeNull();
    expect(nodePropertyRefusal("__target", "_parent")).toMatch(/new tab/);
    expect(nodePropertyRefusal("__rel", null)).toBeNull();
    expect(nodePropertyRefusal("__rel", "opener")).toMatch(/noopener/);
    expect(nodePropertyRefusal("__url", "https://example.org")).toBeNull();
    expect(nodePropertyRefusal("__url", "javascript:alert(1)")).toMatch(/web pages/);
    expect(nodePropertyRefusal("__url", 42)).toMatch(/web pages/);
    expect(nodePropertyRefusal("__proto__", {})).toMatch(/property/);
    expect(nodePropertyRefusal("constructor", {})).toMatch(/property/);
    expect(nodePropertyRefusal("__format", new Y.Map())).toMatch(/shared type/);
  });
});

function createDocFrom(state: Uint8Array): Y.Doc {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state);
  return doc;
}
