// The ideas board of a Change Academy session is a shared Yjs document, `session:<id>`, so that
// notes, moves and groups reach everyone at once over the collaboration websocket. This file is
// its shape, shared by the browser (which writes to it) and the server (which checks every
// change before it is logged and applied). It imports only yjs and the vocabulary, so it is safe
// to bundle for the browser (`@coproduce/shared/board`).
//
// Shape: two root maps whose values are plain objects (never nested Yjs types), so that every
// change names one key and its whole new value, which the server can check as a unit.
//   notes:    noteId    → BoardNote
//   clusters: clusterId → BoardCluster
// Boards made before signals became stateless messages may also hold a `signals` map; nobody
// but the server ever wrote to it, and nothing reads it now.
import * as Y from "yjs";
import { NOTE_COLOURS, type NoteColour } from "./vocabulary.js";
import { parseDocumentName } from "./document-names.js";

export const BOARD_NOTES = "notes";
export const BOARD_CLUSTERS = "clusters";

/**
 * The signal (a stateless message on the board's websocket, never stored) that tells every
 * open screen the session's live state (agenda, timer, votes, outputs) changed: reload it.
 */
export const LIVE_SIGNAL = "live";

export const NOTE_TEXT_MAX = 280;
export const CLUSTER_TITLE_MAX = 80;
export const BOARD_MAX_NOTES = 1000;
export const BOARD_MAX_CLUSTERS = 100;

export interface BoardNote {
  text: string;
  colour: NoteColour;
  /** Stands for the author without naming them (see authorTag in the api's board-access.ts). */
  authorTag: string;
  /** Empty when the board was anonymous as the note was written. */
  authorName: string;
  clusterId: string | null;
  /** Milliseconds since 1970, for ordering. */
  createdAt: number;
}

export interface BoardCluster {
  title: string;
  createdAt: number;
}

export { boardDocumentName } from "./document-names.js";

/** The session id of a board document name, or null for any other document. */
export function sessionIdOfBoard(documentName: string): string | null {
  const parsed = parseDocumentName(documentName);
  return parsed?.kind === "board" ? parsed.sessionId : null;
}

export function boardNotes(doc: Y.Doc): Y.Map<BoardNote> {
  return doc.getMap<BoardNote>(BOARD_NOTES);
}

export function boardClusters(doc: Y.Doc): Y.Map<BoardCluster> {
  return doc.getMap<BoardCluster>(BOARD_CLUSTERS);
}

export interface BoardView {
  notes: (BoardNote & { id: string })[];
  clusters: (BoardCluster & { id: string })[];
}

/** Everything on the board, oldest first. */
export function readBoard(doc: Y.Doc): BoardView {
  const notes = [...boardNotes(doc).entries()]
    .map(([id, note]) => ({ ...note, id }))
    .sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
  const clusters = [...boardClusters(doc).entries()]
    .map(([id, cluster]) => ({ ...cluster, id }))
    .sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
  return { notes, clusters };
}

/** Ids made in the browser or on the server; long and random enough never to collide. */
export function newBoardId(): string {
  const bytes = new Uint8Array(12);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(36).padStart(2, "0")).join("");
}

/** Why a note's text cannot be used, or null when it can. */
export function noteTextProblem(text: string): string | null {
  const trimmed = text.trim();
  if (!trimmed) return "Write something on the note.";
  if (trimmed.length > NOTE_TEXT_MAX) return `Use at most ${NOTE_TEXT_MAX} characters on a note.`;
  return null;
}

/** Why a group title cannot be used, or null when it can. */
export function clusterTitleProblem(title: string): string | null {
  const trimmed = title.trim();
  if (!trimmed) return "Give the group a title.";
  if (trimmed.length > CLUSTER_TITLE_MAX) {
    return `Use at most ${CLUSTER_TITLE_MAX} characters for a group title.`;
  }
  return null;
}

export function isBoardNote(value: unknown): value is BoardNote {
  if (!isPlainObject(value)) return false;
  const keys = Object.keys(value).sort().join(",");
  if (keys !== "authorName,authorTag,clusterId,colour,createdAt,text") return false;
  const note = value as Record<string, unknown>;
  return (
    typeof note.text === "string" &&
    noteTextProblem(note.text) === null &&
    note.text === note.text.trim() &&
    typeof note.colour === "string" &&
    (NOTE_COLOURS as readonly string[]).includes(note.colour) &&
    typeof note.authorTag === "string" &&
    note.authorTag.length > 0 &&
    note.authorTag.length <= 64 &&
    typeof note.authorName === "string" &&
    note.authorName.length <= 120 &&
    (note.clusterId === null || (typeof note.clusterId === "string" && note.clusterId !== "")) &&
    typeof note.createdAt === "number" &&
    Number.isFinite(note.createdAt)
  );
}

export function isBoardCluster(value: unknown): value is BoardCluster {
  if (!isPlainObject(value)) return false;
  const keys = Object.keys(value).sort().join(",");
  if (keys !== "createdAt,title") return false;
  const cluster = value as Record<string, unknown>;
  return (
    typeof cluster.title === "string" &&
    clusterTitleProblem(cluster.title) === null &&
    cluster.title === cluster.title.trim() &&
    typeof cluster.createdAt === "number" &&
    Number.isFinite(cluster.createdAt)
  );
}

function isPlainObject(value: unknown): value is object {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
}
