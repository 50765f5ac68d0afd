import { createHash, randomBytes } from "node:crypto";

/** A random, URL-safe secret for cookies and links. */
export function newToken(): string {
  return randomBytes(32).toString("base64url");
}

/** Only hashes of tokens are stored, so a copy of the database cannot sign anyone in. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
