// Small, explicit fixtures for tests: a programme with one member per role.
import { TRPCError } from "@trpc/server";
import * as Y from "yjs";
import { ROLES, type Db, type Role } from "@coproduce/db";
import { createCaller } from "../router.js";
import { createContext } from "../context.js";
import { createSession } from "../services/sessions.js";
import { hashPassword } from "../services/passwords.js";
import { createStoredDocumentContent } from "@coproduce/collab";
import {
  createYDocFromPlainText,
  renderYDoc,
  updateReplacingContent,
  writePlainTextIntoYDoc,
} from "@coproduce/editor/headless";
import { sessionIdOfBoard } from "@coproduce/shared/board";
import { seedBoard } from "../services/academy/board-mirror.js";

/**
 * Live documents as tests see them: built from the durable log in the database (no
 * collaboration server running), new ones seeded from the section's stored text as the
 * server does.
 */
export function storedDocuments(db: Db) {
  return createStoredDocumentContent(db, async (documentName, doc) => {
    const sessionId = sessionIdOfBoard(documentName);
    if (sessionId) return seedBoard(db, sessionId, doc);
    const parsed = parseDocumentName(documentName);
    const section =
      parsed?.kind === "section"
        ? await db.section.findUnique({ where: { id: parsed.sectionId } })
        : null;
    writePlainTextIntoYDoc(doc, section?.plainText ?? "");
  });
}
import { parseDocumentName, sectionDocumentName } from "@coproduce/shared/document-names";

export const TEST_PASSWORD = "correct-horse-battery";

let testPasswordHash: Promise<string> | undefined;
/** Hashing is slow on purpose; tests hash the shared password once. */
export function hashedTestPassword() {
  testPasswordHash ??= hashPassword(TEST_PASSWORD);
  return testPasswordHash;
}

export async function createProgrammeFixture(db: Db, slug = "test-programme") {
  const programme = await db.programme.create({
    data: { slug, name: "Test programme", description: "For tests.", population: 1000 },
  });
  const toolbox = await db.toolbox.create({
    data: { programmeId: programme.id, title: "Toolbox" },
  });
  const passwordHash = await hashedTestPassword();
  const users = {} as Record<Role | "outsider", { id: string; email: string }>;
  for (const role of [...ROLES, "outsider"] as const) {
    const user = await db.user.create({
      data: { email: `${role}@${slug}.test`, name: `Test ${role}`, passwordHash },
    });
    users[role] = user;
    if (role !== "outsider") {
      await db.membership.create({ data: { userId: user.id, programmeId: programme.id, role } });
    }
  }
  return { programme, toolbox, users };
}

/** A caller acting as a signed-in user (with a real session), or as an anonymous visitor. */
export async function callerFor(
  db: Db,
  userId: string | null,
  options: {
    ip?: string;
    now?: () => Date;
    cookies?: string[];
    /** A context for one request, as pages get (see CreateContextOptions.oneRequest). */
    oneRequest?: boolean;
  } = {},
) {
  const now = options.now ?? (() => new Date());
  const token = userId ? (await createSession(db, userId, now())).token : undefined;
  const ctx = await createContext({
    db,
    sessionToken: token,
    ip: options.ip ?? "127.0.0.1",
    secure: false,
    setCookie: (cookie) => options.cookies?.push(cookie),
    devOutbox: true,
    documents: storedDocuments(db),
    now,
    oneRequest: options.oneRequest,
  });
  return createCaller(ctx);
}

/** The programme's toolkit document ("Toolkit", slug "toolkit"), empty of sections. */
export function createToolkitDocument(db: Db, toolboxId: string, summary = "") {
  return db.document.create({
    data: { toolboxId, kind: "toolkit", slug: "toolkit", title: "Toolkit", summary, sortOrder: 0 },
  });
}

/**
 * Replaces a section's live text through the durable log, as an edit in a browser (by
 * `authorId`, or by no one) would.
 */
export async function editLiveText(
  db: Db,
  sectionId: string,
  paragraphs: string[],
  authorId: string | null = null,
) {
  const content = renderYDoc(createYDocFromPlainText(paragraphs)).json;
  await storedDocuments(db).change(sectionDocumentName(sectionId), authorId, (state) =>
    updateReplacingContent(state, content),
  );
}

/** A section's live text as plain text, paragraphs apart. */
export async function liveText(db: Db, sectionId: string) {
  const state = await storedDocuments(db).read(sectionDocumentName(sectionId));
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state!);
  const text = renderYDoc(doc).text;
  doc.destroy();
  return text;
}

/** The error a call fails with; the test fails if it succeeds or fails some other way. */
export async function errorOf(call: Promise<unknown>): Promise<TRPCError> {
  try {
    await call;
  } catch (error) {
    if (error instanceof TRPCError) return error;
    throw error;
  }
  throw new Error("Expected the call to fail");
}
