// Suggestions made the way a browser in Suggesting mode makes them, for tests.
import type { DocumentContent } from "@coproduce/collab";
import { suggestedInsertionUpdate } from "@coproduce/editor/headless";
import { sectionDocumentName } from "@coproduce/shared/document-names";

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
