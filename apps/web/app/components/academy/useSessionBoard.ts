// Connects a live session screen to the session's shared board document over the websocket:
// notes, moves and groups appear for everyone at once, and the server's signals (stateless
// messages, never stored) tell the screen to reload the live state (agenda, timer, votes)
// without waiting to poll. A signal sent while this screen was offline is never replayed, so
// the screen reloads whenever it syncs again after a reconnect.
// Changes are made to the local copy and sent; the server checks each one (board-rules.ts).
// Until the board has synced (or with no JavaScript), the page's forms post as before.
import { useCallback, useEffect, useRef, useState } from "react";
import * as Y from "yjs";
import { HocuspocusProvider, HocuspocusProviderWebsocket } from "@hocuspocus/provider";
import type { NoteColour } from "@coproduce/shared/vocabulary";
import {
  boardClusters,
  boardNotes,
  LIVE_SIGNAL,
  newBoardId,
  readBoard,
  type BoardView,
} from "@coproduce/shared/board";
import { boardDocumentName } from "@coproduce/shared/document-names";

export interface SessionBoardOptions {
  sessionId: string;
  /** Path of the websocket: /collab for members, /join/<code>/collab for guests. */
  collabPath: string;
  enabled: boolean;
  /** What this person's notes carry, and the name shown on them. */
  me: { authorTag: string; name: string };
  anonymousNotes: boolean;
  /** Called when the server signals that the live state changed, or it may have. */
  onLiveChange: () => void;
}

export interface SessionBoard {
  /** The board as synced with the server, or null until then. */
  view: BoardView | null;
  /**
   * Set when the server refused the connection or a change, with its reason; the screen then
   * offers a reload (the refused change stays in this copy of the board, so it is dropped).
   */
  problem: string | null;
  addNote(text: string, colour: NoteColour): void;
  moveNote(noteId: string, clusterId: string | null): void;
  createCluster(title: string): void;
}

export function useSessionBoard(options: SessionBoardOptions): SessionBoard {
  const { sessionId, collabPath, enabled } = options;
  const [view, setView] = useState<BoardView | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const docRef = useRef<Y.Doc | null>(null);
  // The latest callbacks and identity, without reconnecting when they change.
  const latest = useRef(options);
  latest.current = options;

  useEffect(() => {
    if (!enabled) return;
    const protocol = window.location.protocol === "https:" ? "wss:" : "ws:";
    const socket = new HocuspocusProviderWebsocket({
      url: `${protocol}//${window.location.host}${collabPath}`,
    });
    const doc = new Y.Doc();
    let syncedBefore = false;
    const provider = new HocuspocusProvider({
      websocketProvider: socket,
      name: boardDocumentName(sessionId),
      document: doc,
      // The server reads the cookie; Hocuspocus still sends a token message.
      token: "cookie",
      onSynced: () => {
        docRef.current = doc;
        setProblem(null);
        setView(readBoard(doc));
        // Back after a drop: signals sent meanwhile are lost, so catch up.
        if (syncedBefore) latest.current.onLiveChange();
        syncedBefore = true;
      },
      onStateless: ({ payload }) => {
        if (payload === LIVE_SIGNAL) latest.current.onLiveChange();
      },
      onAuthenticationFailed: ({ reason }) => setProblem(reason),
      // The server closes the board connection with its reason when it refuses a change
      // (say the board was locked a moment before). A plain network drop has no reason.
      onClose: ({ event }) => {
        if (event.reason) {
          docRef.current = null;
          setProblem(event.reason);
        }
      },
    });
    const render = () => {
      if (docRef.current) setView(readBoard(doc));
    };
    doc.on("update", render);
    provider.attach();
    return () => {
      doc.off("update", render);
      docRef.current = null;
      provider.destroy();
      socket.destroy();
      doc.destroy();
      setView(null);
    };
  }, [sessionId, collabPath, enabled]);

  const addNote = useCallback((text: string, colour: NoteColour) => {
    const doc = docRef.current;
    if (!doc) return;
    const { me, anonymousNotes } = latest.current;
    boardNotes(doc).set(newBoardId(), {
      text: text.trim(),
      colour,
      authorTag: me.authorTag,
      authorName: anonymousNotes ? "" : me.name,
      clusterId: null,
      createdAt: Date.now(),
    });
  }, []);

  const moveNote = useCallback((noteId: string, clusterId: string | null) => {
    const doc = docRef.current;
    const note = doc ? boardNotes(doc).get(noteId) : undefined;
    if (!doc || !note || note.clusterId === clusterId) return;
    boardNotes(doc).set(noteId, { ...note, clusterId });
  }, []);

  const createCluster = useCallback((title: string) => {
    const doc = docRef.current;
    if (!doc) return;
    boardClusters(doc).set(newBoardId(), { title: title.trim(), createdAt: Date.now() });
  }, []);

  return { view, problem, addNote, moveNote, createCluster };
}
