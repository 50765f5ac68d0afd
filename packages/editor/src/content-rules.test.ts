import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { $createLinkNode, $isLinkNode } from "@lexical/link";
import { $createParagraphNode, $createTextNode, $getRoot } from "lexical";
import { withBoundEditor } from "./headless/collab.js";
import { sectionUpdateRefusal } from "./headless/section-update-rules.js";
import { registerContentRules } from "./content-rules.js";

describe("the editor's content rules", () => {
  it("clear what a paste could bring in, so the server never has to refuse it", () => {
    const doc = new Y.Doc();
    const json = withBoundEditor(doc, (editor) => {
      const remove = registerContentRules(editor);
      editor.update(
        () => {
          const paragraph = $createParagraphNode();
          paragraph.setTextStyle("color: red");
          $getRoot().append(
            paragraph.append(
              $createTextNode("Styled").setStyle("position: fixed; inset: 0"),
              $createLinkNode("javascript:alert(1)").append($createTextNode(" script")),
              $createLinkNode("https://example.org", { target: "_top", rel: "opener" }).append(
                $createTextNode(" web"),
              ),
            ),
          );
        },
        { discrete: true },
      );
      remove();
      return editor.getEditorState().read(() => {
        const paragraph =
          $getRoot().getFirstChildOrThrow<ReturnType<typeof $createParagraphNode>>();
        const links = paragraph.getChildren().filter($isLinkNode);
        return {
          text: paragraph.getTextContent(),
          textStyle: paragraph.getTextStyle(),
          links: links.map((l) => [l.getURL(), l.getTarget(), l.getRel()]),
        };
      });
    });
    expect(json).toEqual({
      text: "Styled script web",
      textStyle: "",
      links: [["https://example.org", null, "noopener noreferrer"]],
    });
    expect(
      sectionUpdateRefusal(
        new Y.Doc(),
        () => Y.encodeStateAsUpdate(new Y.Doc()),
        Y.encodeStateAsUpdate(doc),
      ),
    ).toBeNull();
  });
});
