// The names of live (Yjs) documents, made and read in one place. A name is the key of the
// durable log and of every permission check, so it is parsed strictly: exactly one known kind
// and one id in the form our ids take (Prisma's cuid: "c" and 24 lower-case letters or digits).
// Anything else (`section:<id>:extra`, `section:<id> `, an unknown kind) is not a document, and
// the collaboration server refuses it. Browser-safe (`@coproduce/shared/document-names`).

export type DocumentName =
  { kind: "section"; sectionId: string } | { kind: "board"; sessionId: string };

const ID = "c[a-z0-9]{24}";
const SECTION_NAME = new RegExp(`^section:(${ID})$`);
// Boards were named after their Change Academy session from the start; stored logs use it.
const BOARD_NAME = new RegExp(`^session:(${ID})$`);

/** Whether a string has the form of one of our record ids. */
export function isRecordId(id: string): boolean {
  return new RegExp(`^${ID}$`).test(id);
}

/** The live document of a toolkit or handbook section. */
export function sectionDocumentName(sectionId: string): string {
  if (!isRecordId(sectionId)) throw new Error(`Not a section id: ${JSON.stringify(sectionId)}`);
  return `section:${sectionId}`;
}

/** The ideas board of a Change Academy session. */
export function boardDocumentName(sessionId: string): string {
  if (!isRecordId(sessionId)) throw new Error(`Not a session id: ${JSON.stringify(sessionId)}`);
  return `session:${sessionId}`;
}

/** What a document name stands for, or null if it is not one of ours. */
export function parseDocumentName(name: string): DocumentName | null {
  const section = SECTION_NAME.exec(name);
  if (section) return { kind: "section", sectionId: section[1]! };
  const board = BOARD_NAME.exec(name);
  if (board) return { kind: "board", sessionId: board[1]! };
  return null;
}
