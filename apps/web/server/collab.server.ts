// Wires the collaboration websocket (/collab) into the HTTP server: who is connecting comes
// from the session cookie, and what they may do comes from the same policy tRPC uses.
import type { Server } from "node:http";
import { parse } from "cookie";
import { createCollabServer, createLiveDocumentContent, type CollabUser } from "@coproduce/collab";
import {
  boardAccess,
  boardFromState,
  boardStateOf,
  boardUpdateRefusal,
  documentAccess,
  findGuest,
  findSessionUser,
  GUEST_COOKIE,
  mirrorBoard,
  parseDocumentName,
  sectionDocumentName,
  seedBoard,
  SESSION_COOKIE,
  type CommentAnchors,
} from "@coproduce/api";
import * as Y from "yjs";
import { commentMarkUpdate, sectionUpdateRefusal } from "@coproduce/editor/headless";
import type { Db } from "@coproduce/db";
import { renderSectionText, seedSectionContent } from "./derived-text.server.js";
import { AutomaticVersions } from "./automatic-versions.server.js";
import { isFromAnotherSite, originOf } from "./csrf.server.js";

export function mountCollaboration(httpServer: Server, db: Db) {
  // Reads go through the collaboration server once it exists (below).
  const automaticVersions = new AutomaticVersions(db, (name) => documents.read(name));
  const collab = createCollabServer({
    db,
    async authenticate(request) {
      const cookies = parse(request.headers.cookie ?? "");
      // Guests connect at /join/<code>/collab: their cookie is only sent below /join/<code>.
      if (guestCollabPath(request.url)) {
        const guest = await findGuest(db, cookies[GUEST_COOKIE], new Date());
        return guest ? { userId: null, guestId: guest.id, name: guest.displayName } : null;
      }
      const token = cookies[SESSION_COOKIE];
      if (!token) return null;
      const user = await findSessionUser(db, token, new Date());
      return user ? { userId: user.id, name: user.name } : null;
    },
    // Only names of our own kinds are documents; anything else is refused here, before it is
    // loaded, logged or counted (no `section:<id>:extra` twins of a section).
    async authorize(user, documentName) {
      const name = parseDocumentName(documentName);
      if (name?.kind === "board") {
        const access = await boardAccess(db, visitor(user), name.sessionId);
        return access?.access ?? null;
      }
      if (name?.kind === "section" && user.userId) {
        return documentAccess(db, user.userId, documentName);
      }
      return null;
    },
    // Every change is checked before it is logged or applied: a board's against its rules
    // (board-rules.ts), a section's against what our editor can write (section-update-rules.ts:
    // no inline styles, link targets, rel or addresses beyond ours).
    validateUpdate: {
      appliesTo: (documentName) => parseDocumentName(documentName) !== null,
      async check(user, documentName, currentState, update, document) {
        const name = parseDocumentName(documentName);
        if (name?.kind === "section") return sectionUpdateRefusal(document, currentState, update);
        if (name?.kind !== "board") return "This is not a document.";
        const { sessionId } = name;
        const [access, state] = await Promise.all([
          boardAccess(db, visitor(user), sessionId),
          boardStateOf(db, sessionId),
        ]);
        if (!access || access.access !== "write" || !state) {
          return "You can no longer change this board.";
        }
        return boardUpdateRefusal(currentState(), update, access.actor, state);
      },
    },
    onDocumentSettled: async (documentName, document) => {
      const name = parseDocumentName(documentName);
      if (name?.kind === "board") {
        await mirrorBoard(db, name.sessionId, boardFromState(Y.encodeStateAsUpdate(document)));
      } else if (name?.kind === "section") {
        await renderSectionText(db, name.sectionId, document, automaticVersions);
      }
    },
    initialContent: async (documentName, document) => {
      const name = parseDocumentName(documentName);
      if (name?.kind === "board") await seedBoard(db, name.sessionId, document);
      else if (name?.kind === "section") await seedSectionContent(db, name.sectionId, document);
    },
  });

  const documents = createLiveDocumentContent(db, collab);

  httpServer.on("upgrade", (request, socket, head) => {
    const { pathname } = new URL(request.url ?? "/", "http://localhost");
    if (pathname === "/collab" || guestCollabPath(pathname)) {
      // Cross-site websocket hijacking: a page on another site could open this socket with the
      // visitor's cookie. Refused before the handshake, by the same rule as cross-site posts.
      if (isFromAnotherSite(originOf(request.headers))) {
        socket.end(
          "HTTP/1.1 403 Forbidden\r\nConnection: close\r\nContent-Type: text/plain\r\n\r\n" +
            "This connection was opened from another website, so we did not accept it.",
        );
        return;
      }
      collab.handleUpgrade(request, socket, head);
    } else if (!pathname.startsWith("/__vite")) {
      socket.destroy();
    }
  });
  // Comment marks go into the live document through the server, so they reach everyone at once
  // and contributors (read-only connections) can comment too. tRPC checks permissions first.
  const commentAnchors: CommentAnchors = {
    mark: async (sectionId, markId, anchor) =>
      (await collab.applyServerUpdate(sectionDocumentName(sectionId), null, (document) =>
        commentMarkUpdate(document, markId, anchor),
      )) !== null,
  };
  return {
    collab,
    /** Reads and changes live documents for the API (versions), through this server. */
    documents,
    automaticVersions,
    commentAnchors,
    /** How many people have a live document open now, for "2 editing" on the outline. */
    peopleIn(documentName: string): number {
      const document = collab.hocuspocus.documents.get(documentName);
      return document ? document.awareness.getStates().size : 0;
    },
  };
}

/** /join/<code>/collab: where a Change Academy guest's board connection goes. */
function guestCollabPath(url: string | undefined): boolean {
  const { pathname } = new URL(url ?? "/", "http://localhost");
  return /^\/join\/[A-Za-z0-9]{1,20}\/collab$/.test(pathname);
}

function visitor(user: CollabUser) {
  return { userId: user.userId, guestId: user.guestId ?? null, name: user.name };
}

export type Collaboration = ReturnType<typeof mountCollaboration>;
