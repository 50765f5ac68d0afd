import * as Y from "yjs";
import { renderYDoc, writePlainTextIntoYDoc } from "@coproduce/editor/headless";

/**
 * The section as HTML for reading: the rendering the collaboration server stored, or, for a
 * section nobody has opened live yet, its stored text rendered the same way (escaped).
 */
export function sectionHtml(section: { html: string; plainText: string }): string {
  if (section.html) return section.html;
  const doc = new Y.Doc();
  writePlainTextIntoYDoc(doc, section.plainText);
  return renderYDoc(doc).html;
}
