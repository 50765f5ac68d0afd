// The section's current text as HTML, for "does the draft differ from the release?" on every
// section page. Rendering a long section takes a while (about 0.3 s for 50,000 words), so the
// rendering is remembered per exact document state: the key is the Yjs snapshot (state vector
// and deletions), which changes with every edit, so a remembered rendering is never stale.
//
// The caller reads the state: a page from the open document if there is one (ctx.documents,
// read once per request), so that a page seen while people type does not replay the log.
import * as Y from "yjs";
import { renderYDoc } from "@coproduce/editor/headless";
import { sectionHtml } from "../section-html.js";
import { sectionDocumentName } from "@coproduce/shared/document-names";

/** At most this many characters of remembered HTML (the oldest are forgotten first). */
const MAX_REMEMBERED_CHARACTERS = 20_000_000;
const remembered = new Map<string, string>();
let rememberedCharacters = 0;

function remember(key: string, html: string) {
  remembered.set(key, html);
  rememberedCharacters += html.length;
  for (const [oldKey, oldHtml] of remembered) {
    if (rememberedCharacters <= MAX_REMEMBERED_CHARACTERS) break;
    remembered.delete(oldKey);
    rememberedCharacters -= oldHtml.length;
  }
}

/** `state`: the section's live document as one update, null if it was never opened. */
export function currentSectionHtml(
  section: { id: string; plainText: string; html: string },
  state: Uint8Array | null,
): string {
  const documentName = sectionDocumentName(section.id);
  // Never opened live: the stored text is the section's text.
  if (!state) return sectionHtml(section);
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, state);
    const key = `${documentName} ${Buffer.from(Y.encodeSnapshot(Y.snapshot(doc))).toString("base64")}`;
    const known = remembered.get(key);
    if (known !== undefined) return known;
    const html = renderYDoc(doc).html;
    remember(key, html);
    return html;
  } finally {
    doc.destroy();
  }
}
