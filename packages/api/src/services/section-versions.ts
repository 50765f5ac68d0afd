// Versions of a section: saved states of its live document, only ever added. A version keeps
// the Yjs state (so it can be restored exactly) and its rendering (text, HTML, Lexical JSON)
// for listing and comparing without replaying Yjs.
import * as Y from "yjs";
import type { Db } from "@coproduce/db";
import {
  renderYDoc,
  updateReplacingContent,
  writePlainTextIntoYDoc,
  type RenderedSection,
} from "@coproduce/editor/headless";
import type { DocumentContent } from "../context.js";
import { sectionDocumentName } from "@coproduce/shared/document-names";
import { holdChangedAgreedSection, recordMissingAgreedText } from "./governance/change-control.js";

export type VersionKind = "named" | "automatic" | "restore";

/**
 * Automatic versions are made when a section's changes have settled and its text differs from
 * its latest version, but at most once per this interval per section: enough to find "what it
 * said this morning" without burying named versions.
 */
export const AUTOMATIC_VERSION_INTERVAL_MS = 10 * 60 * 1000;

/** The section's live state; for a section never opened live, its stored text as a document. */
export async function currentSectionState(
  documents: DocumentContent,
  section: { id: string; plainText: string },
): Promise<Uint8Array> {
  const state = await documents.read(sectionDocumentName(section.id));
  if (state) return state;
  const doc = new Y.Doc();
  try {
    writePlainTextIntoYDoc(doc, section.plainText);
    return Y.encodeStateAsUpdate(doc);
  } finally {
    doc.destroy();
  }
}

export function renderState(state: Uint8Array): RenderedSection {
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, state);
    return renderYDoc(doc);
  } finally {
    doc.destroy();
  }
}

export function latestVersion(db: Db, sectionId: string) {
  return db.sectionVersion.findFirst({ where: { sectionId }, orderBy: { number: "desc" } });
}

interface NewVersion {
  sectionId: string;
  kind: VersionKind;
  name?: string | null;
  note?: string;
  authorId?: string | null;
  restoredFromId?: string | null;
  state: Uint8Array;
  rendered?: RenderedSection;
  now: Date;
}

/** Adds a version with the next number (retrying if someone else took it meanwhile). */
export async function recordVersion(db: Db, version: NewVersion) {
  const rendered = version.rendered ?? renderState(version.state);
  for (let attempt = 0; ; attempt++) {
    const latest = await latestVersion(db, version.sectionId);
    try {
      return await db.sectionVersion.create({
        data: {
          sectionId: version.sectionId,
          number: (latest?.number ?? 0) + 1,
          kind: version.kind,
          name: version.name ?? null,
          note: version.note ?? "",
          authorId: version.authorId ?? null,
          restoredFromId: version.restoredFromId ?? null,
          yjsState: new Uint8Array(version.state),
          plainText: rendered.text,
          html: rendered.html,
          json: JSON.stringify(rendered.json),
          createdAt: version.now,
        },
      });
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (code !== "P2002" || attempt >= 4) throw error;
    }
  }
}

/**
 * Called when a section's live changes have settled: records an automatic version if its text
 * changed since the latest version and that version is older than the interval. When the text
 * changed but the interval has not passed, says when to try again (`retryAt`), so the last
 * changes before people stop editing are not left without a version.
 */
export async function recordAutomaticVersionIfDue(
  db: Db,
  sectionId: string,
  state: Uint8Array,
  now: Date,
  /** The rendering of `state`, when the caller already has it. */
  rendered: RenderedSection = renderState(state),
): Promise<{ recorded: boolean; retryAt: Date | null }> {
  const latest = await latestVersion(db, sectionId);
  if (latest && latest.plainText === rendered.text && latest.html === rendered.html) {
    return { recorded: false, retryAt: null };
  }
  if (latest && now.getTime() - latest.createdAt.getTime() < AUTOMATIC_VERSION_INTERVAL_MS) {
    return {
      recorded: false,
      retryAt: new Date(latest.createdAt.getTime() + AUTOMATIC_VERSION_INTERVAL_MS),
    };
  }
  await recordVersion(db, { sectionId, kind: "automatic", state, rendered, now });
  return { recorded: true, retryAt: null };
}

/**
 * Restores a version: its content is written into the live document as a new change (every
 * open editor receives it), and a new "restore" version records the result. If the current
 * text is not in any version yet, it is saved as an automatic version first, so a restore never
 * loses the way back.
 */
export async function restoreVersion(
  db: Db,
  documents: DocumentContent,
  input: {
    section: { id: string; plainText: string };
    version: { id: string; json: string };
    userId: string;
    note: string;
    now: Date;
  },
) {
  const { section, version, userId, now } = input;
  const current = await currentSectionState(documents, section);
  const currentRendered = renderState(current);
  const latest = await latestVersion(db, section.id);
  if (
    !latest ||
    latest.plainText !== currentRendered.text ||
    latest.html !== currentRendered.html
  ) {
    await recordVersion(db, {
      sectionId: section.id,
      kind: "automatic",
      state: current,
      rendered: currentRendered,
      now,
    });
  }
  const content = JSON.parse(version.json) as RenderedSection["json"];
  await recordMissingAgreedText(db, section.id);
  const after = await documents.change(sectionDocumentName(section.id), userId, (state) =>
    updateReplacingContent(state, content),
  );
  const rendered = renderState(after);
  // Keep the derived text in step now, rather than waiting for the collaboration server.
  await db.section.update({
    where: { id: section.id },
    data: { plainText: rendered.text, html: rendered.html },
  });
  // Change control now, too: with nobody in the section its text never settles.
  await holdChangedAgreedSection(db, section.id, rendered.html, userId);
  return recordVersion(db, {
    sectionId: section.id,
    kind: "restore",
    authorId: userId,
    note: input.note,
    restoredFromId: version.id,
    state: after,
    rendered,
    now,
  });
}
