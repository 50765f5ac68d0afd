// Wires the collaboration websocket (/collab) into the HTTP server: who is connecting comes
// from the session cookie, and what they may do comes from the same policy tRPC uses.
import type { Server } from "node:http";
import { parse } from "cookie";
import { createCollabServer, createLiveDocumentContent } from "@coproduce/collab";
import {
  documentAccess,
  findSessionUser,
  SESSION_COOKIE,
  type CommentAnchors,
} from "@coproduce/api";
import { commentMarkUpdate } from "@coproduce/editor/headless";
import type { Db } from "@coproduce/db";
import { renderSectionText, seedSectionContent } from "./derived-text.server.js";
import { AutomaticVersions } from "./automatic-versions.server.js";

export function mountCollaboration(httpServer: Server, db: Db) {
  // Reads go through the collaboration server once it exists (below).
  const automaticVersions = new AutomaticVersions(db, (name) => documents.read(name));
  const collab = createCollabServer({
    db,
    async authenticate(request) {
      const token = parse(request.headers.cookie ?? "")[SESSION_COOKIE];
      if (!token) return null;
      const user = await findSessionUser(db, token, new Date());
      return user ? { userId: user.id, name: user.name } : null;
    },
    authorize: (user, documentName) => documentAccess(db, user.userId, documentName),
    onDocumentSettled: (documentName, document) =>
      renderSectionText(db, documentName, document, automaticVersions),
    initialContent: (documentName, document) => seedSectionContent(db, documentName, document),
  });

  const documents = createLiveDocumentContent(db, collab.hocuspocus);

  httpServer.on("upgrade", (request, socket, head) => {
    const { pathname } = new URL(request.url ?? "/", "http://localhost");
    if (pathname === "/collab") {
      collab.handleUpgrade(request, socket, head);
    } else if (!pathname.startsWith("/__vite")) {
      socket.destroy();
    }
  });
  // Comment marks go into the live document through the server, so they reach everyone at once
  // and contributors (read-only connections) can comment too. tRPC checks permissions first.
  const commentAnchors: CommentAnchors = {
    mark: (sectionId, markId, anchor) =>
      collab.applyServerUpdate(`section:${sectionId}`, null, (document) =>
        commentMarkUpdate(document, markId, anchor),
      ),
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

export type Collaboration = ReturnType<typeof mountCollaboration>;
