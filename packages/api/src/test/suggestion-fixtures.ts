// Suggestions made the way a browser in Suggesting mode makes them, for tests.
import * as Y from "yjs";
import type { Db } from "@coproduce/db";
import type { DocumentContent } from "@coproduce/collab";
import { suggestedInsertionUpdate } from "@coproduce/editor/headless";
import { sectionDocumentName } from "@coproduce/shared/document-names";
import { renderSectionText } from "../services/toolbox/derived-text.js";
import { recordSuggestions } from "../services/toolbox/suggestions/suggestion-records.js";
import { storedDocuments } from "./fixtures.js";

let made = 0;

/** A suggester as a browser makes one: unique ids, now as the time. */
export function suggesterFor(authorId: string) {
  return {
    authorId,
    newId: () => `test-suggestion-${process.pid}-${++made}`,
    now: () => new Date().toISOString(),
  };
}

/** Adds `authorId`'s suggested insertion to a section's live text (through the server's path). */
export async function addSuggestedInsertion(
  documents: DocumentContent,
  sectionId: string,
  authorId: string,
  offset: number,
  text: string,
) {
  await documents.change(sectionDocumentName(sectionId), authorId, (state) =>
    suggestedInsertionUpdate(state, suggesterFor(authorId), offset, text),
  );
}

/** What the collaboration server does when a section's changes settle. */
export async function settleSection(db: Db, sectionId: string) {
  const state = await storedDocuments(db).read(sectionDocumentName(sectionId));
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state!);
  await renderSectionText(db, sectionId, doc);
  await recordSuggestions(db, sectionId, state!);
  doc.destroy();
}
