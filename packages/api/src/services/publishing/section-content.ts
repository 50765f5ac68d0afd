// The current text of a section, read from its durable collaborative log (so nothing typed
// before the last acknowledgement is missed), or from its stored text if it was never opened.
import * as Y from "yjs";
import type { Db } from "@coproduce/db";
import { loadDocumentState } from "@coproduce/collab";
import {
  renderYDoc,
  writePlainTextIntoYDoc,
  type RenderedSection,
} from "@coproduce/editor/headless";
import { sectionDocumentName } from "@coproduce/shared/document-names";

export async function renderCurrentSection(
  db: Db,
  section: { id: string; plainText: string },
): Promise<RenderedSection> {
  const doc = new Y.Doc();
  try {
    const state = await loadDocumentState(db, sectionDocumentName(section.id));
    if (state) Y.applyUpdate(doc, state);
    else writePlainTextIntoYDoc(doc, section.plainText);
    return renderYDoc(doc);
  } finally {
    doc.destroy();
  }
}
