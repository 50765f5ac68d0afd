// Wires the collaboration websocket (/collab) into the HTTP server. The web server knows only
// who is connecting (from the session or guest cookie) and that the socket comes from our own
// site; everything about the document itself is behind the live-documents door in the API.
import type { IncomingMessage, Server } from "node:http";
import { parse } from "cookie";
import type { CollabUser } from "@coproduce/collab";
import {
  findGuest,
  findSessionUser,
  GUEST_COOKIE,
  openLiveDocumentDoor,
  SESSION_COOKIE,
  type LiveDocumentDoor,
} from "@coproduce/api";
import type { Db } from "@coproduce/db";
import { isFromAnotherSite, originOf } from "./csrf.server.js";

export type { LiveDocumentDoor };

/**
 * The live-documents door, with people recognised by their cookies; with `redisUrl`, shared
 * with every other process on that Redis; with `logDb`, the durable log on a connection of its
 * own (see LiveDocumentDoorOptions.logDb).
 */
export function openCollaboration(
  db: Db,
  { redisUrl, logDb }: { redisUrl?: string; logDb?: Db } = {},
): LiveDocumentDoor {
  return openLiveDocumentDoor({
    db,
    logDb,
    authenticate: (request) => personOf(db, request),
    scaleOut: redisUrl ? { redisUrl } : undefined,
  });
}

/** Sends websocket upgrades for /collab (and guests' /join/<code>/collab) to the door. */
export function acceptCollabUpgrades(httpServer: Server, door: LiveDocumentDoor): void {
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
      door.handleUpgrade(request, socket, head);
    } else if (!pathname.startsWith("/__vite")) {
      socket.destroy();
    }
  });
}

/** Both at once, for tests that run the collaboration wiring on a bare HTTP server. */
export function mountCollaboration(httpServer: Server, db: Db, logDb?: Db): LiveDocumentDoor {
  const door = openCollaboration(db, { logDb });
  acceptCollabUpgrades(httpServer, door);
  return door;
}

async function personOf(db: Db, request: IncomingMessage): Promise<CollabUser | null> {
  const cookies = parse(request.headers.cookie ?? "");
  // Guests connect at /join/<code>/collab: their cookie is only sent below /join/<code>.
  if (guestCollabPath(new URL(request.url ?? "/", "http://localhost").pathname)) {
    const guest = await findGuest(db, cookies[GUEST_COOKIE], new Date());
    return guest ? { userId: null, guestId: guest.id, name: guest.displayName } : null;
  }
  const token = cookies[SESSION_COOKIE];
  if (!token) return null;
  const user = await findSessionUser(db, token, new Date());
  return user ? { userId: user.id, name: user.name } : null;
}

/** /join/<code>/collab: where a Change Academy guest's board connection goes. */
function guestCollabPath(pathname: string): boolean {
  return /^\/join\/[A-Za-z0-9]{1,20}\/collab$/.test(pathname);
}
