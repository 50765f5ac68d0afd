// Test identities: the provider on Node cannot set a cookie on its websocket, so tests say who
// they are in the URL (`/collab?test-user=<id>`), and the test authorize reads roles from a map.
import type { IncomingMessage } from "node:http";
import type { CollabAccess, CollabUser } from "../authorization-extension.js";

export async function authenticateFromQuery(request: IncomingMessage): Promise<CollabUser | null> {
  const userId = new URL(request.url ?? "/", "http://localhost").searchParams.get("test-user");
  return userId ? { userId, name: `Test ${userId}` } : null;
}

/** "writer*" may write, "viewer*" may read, anyone else is refused. */
export async function authorizeByName(user: CollabUser): Promise<CollabAccess | null> {
  if (user.userId?.startsWith("writer")) return "write";
  if (user.userId?.startsWith("viewer")) return "read";
  return null;
}
