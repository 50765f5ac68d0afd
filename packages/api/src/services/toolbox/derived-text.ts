// Keeps each section's derived text (plain text for search and listings, HTML for reading
// and the published Toolbox) in step with its live document, and gives a brand-new live
// document its first content from the section's stored text.
import * as Y from "yjs";
import type { Db } from "@coproduce/db";
import type { AutomaticVersions } from "./automatic-versions.js";
import { renderYDoc, writePlainTextIntoYDoc } from "@coproduce/editor/headless";

export async function renderSectionText(
  db: Db,
  sectionId: string,
  document: Y.Doc,
  automaticVersions?: AutomaticVersions,
) {
  const rendered = renderYDoc(document);
  const { text, html } = rendered;
  await db.section.updateMany({ where: { id: sectionId }, data: { plainText: text, html } });
  // Settled changes are also when an automatic version may be due (at most every 10 minutes).
  await automaticVersions?.settled(sectionId, Y.encodeStateAsUpdate(document), rendered);
  return rendered;
}

export async function seedSectionContent(db: Db, sectionId: string, document: Y.Doc) {
  const section = await db.section.findUnique({ where: { id: sectionId } });
  // Always write something: with no bootstrap on the client, an empty document has no
  // paragraph to type into.
  writePlainTextIntoYDoc(document, section?.plainText ?? "");
}
