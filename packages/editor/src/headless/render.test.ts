import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { $createListItemNode, $createListNode } from "@lexical/list";
import { $createHeadingNode } from "@lexical/rich-text";
import { $createLinkNode } from "@lexical/link";
import { $createParagraphNode, $createTextNode, $getRoot } from "lexical";
import { withBoundEditor } from "./collab.js";
import { renderYDoc } from "./render.js";
import { createYDocFromPlainText, isYDocEmpty, writePlainTextIntoYDoc } from "./seed.js";

/** Builds a document the way a browser editor would: Lexical nodes synced into Yjs. */
function docFromEditor(build: () => void): Y.Doc {
  const doc = new Y.Doc();
  withBoundEditor(doc, (editor) => editor.update(build, { discrete: true }));
  return doc;
}

/** Sends a document "over the wire", as the collab server receives it. */
function transferred(doc: Y.Doc): Y.Doc {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  return copy;
}

describe("plain text round trip", () => {
  it("gives back the paragraphs it was seeded with", () => {
    const paragraphs = [
      "Our shared aims for the neighbourhood team.",
      "People should tell their story once.",
      "Café, naïve, “quotes” & <angle brackets> 😀",
    ];
    const doc = transferred(createYDocFromPlainText(paragraphs));
    expect(renderYDoc(doc).text).toBe(paragraphs.join("\n\n"));
  });

  it("keeps single line breaks inside a paragraph", () => {
    const doc = createYDocFromPlainText(["First line\nSecond line"]);
    const { text, html } = renderYDoc(doc);
    expect(text).toBe("First line\nSecond line");
    expect(html).toBe('<p class="editor-paragraph">First line<br>Second line</p>');
  });

  it("writes the structure CollaborationPlugin reads: the root XmlText named 'root'", () => {
    const doc = createYDocFromPlainText(["Hello"]);
    const root = doc.get("root", Y.XmlText);
    expect(root.length).toBeGreaterThan(0);
    expect(doc.share.size).toBe(1);
  });

  it("gives an empty text one empty paragraph, so no browser has to bootstrap", () => {
    const doc = new Y.Doc();
    expect(isYDocEmpty(doc)).toBe(true);
    expect(writePlainTextIntoYDoc(doc, "")).toBe(true);
    const { json, text } = renderYDoc(doc);
    expect(text).toBe("");
    expect(json.root.children).toHaveLength(1);
    expect(json.root.children[0]?.type).toBe("paragraph");
  });

  it("never writes into a document that already has content", () => {
    const doc = createYDocFromPlainText(["Existing"]);
    expect(writePlainTextIntoYDoc(doc, "Again")).toBe(false);
    expect(renderYDoc(doc).text).toBe("Existing");
  });

  it("does not change the document it renders", () => {
    const doc = createYDocFromPlainText(["Stay as you are"]);
    const before = Y.encodeStateVector(doc);
    renderYDoc(doc);
    renderYDoc(doc);
    expect(Y.encodeStateVector(doc)).toEqual(before);
  });
});

describe("structure", () => {
  it("renders '# ' and '## ' lines as <h2>, '### ' as <h3>", () => {
    const doc = createYDocFromPlainText(["# Aims", "## Who", "### Detail", "Body"]);
    const { html, text, json } = renderYDoc(doc);
    expect(html).toContain('<h2 class="editor-heading editor-h2">Aims</h2>');
    expect(html).toContain('<h2 class="editor-heading editor-h2">Who</h2>');
    expect(html).toContain('<h3 class="editor-heading editor-h3">Detail</h3>');
    expect(text).toBe("Aims\n\nWho\n\nDetail\n\nBody");
    expect(json.root.children.map((c) => c.type)).toEqual([
      "heading",
      "heading",
      "heading",
      "paragraph",
    ]);
  });

  it("renders bullet lines as <ul><li>", () => {
    const { html } = renderYDoc(createYDocFromPlainText(["- one\n- two"]));
    expect(html).toBe(
      '<ul class="editor-list-ul"><li class="editor-listitem">one</li><li class="editor-listitem">two</li></ul>',
    );
  });

  it("renders lists and links made in an editor", () => {
    const doc = docFromEditor(() => {
      const heading = $createHeadingNode("h2").append($createTextNode("Plan"));
      const list = $createListNode("number").append(
        $createListItemNode().append($createTextNode("First")),
        $createListItemNode().append($createTextNode("Second")),
      );
      const checks = $createListNode("check").append(
        $createListItemNode(true).append($createTextNode("Done thing")),
      );
      const paragraph = $createParagraphNode().append(
        $createLinkNode("https://example.org/a?b=1&c=2").append($createTextNode("site")),
        $createLinkNode("javascript:alert(1)").append($createTextNode("bad")),
      );
      $getRoot().append(heading, list, checks, paragraph);
    });
    const { html, markdown } = renderYDoc(transferred(doc));
    expect(html).toContain("<h2");
    expect(html).toContain('<ol class="editor-list-ol"><li class="editor-listitem">First</li>');
    expect(html).toContain("Done: </span>Done thing</li>");
    expect(html).toContain('href="https://example.org/a?b=1&amp;c=2"');
    expect(html).not.toContain("javascript:");
    expect(html).toContain("bad");
    expect(markdown).toContain("## Plan");
    expect(markdown).toContain("1. First");
    expect(markdown).toContain("- [x] Done thing");
  });
});

describe("HTML safety", () => {
  it("escapes markup typed as text", () => {
    const hostile = [
      "<img src=x onerror=alert(1)>",
      "<script>alert(1)</script>",
      '"><svg onload=alert(1)>',
    ];
    const { html, text } = renderYDoc(createYDocFromPlainText(hostile));
    expect(text).toBe(hostile.join("\n\n"));
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).not.toMatch(/<svg/i);
    // Text may say "onerror=", escaped; no tag may carry an event handler or unknown name.
    const tags = html.match(/<[^>]*>/g) ?? [];
    for (const tag of tags) {
      expect(tag).not.toMatch(/\son\w+\s*=/i);
      expect(tag).toMatch(
        /^<\/?(p|h2|h3|ul|ol|li|span|a|br|strong|em|u|s|code|hr|blockquote)[\s>]/,
      );
    }
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
  });
});

describe("markdown", () => {
  it("writes a level-2 heading as '## '", () => {
    const { markdown } = renderYDoc(createYDocFromPlainText(["# Aims", "Text"]));
    expect(markdown).toBe("## Aims\n\nText");
  });
});
