// A partnership's local version of a section over the real websocket: someone who is neither a
// member of the partnership nor one of the programme's editors cannot open the draft at all,
// and once it is published they read it but nothing they send is stored or reaches anyone.
// Runs the app's own collaboration wiring (collab.server.ts) on a migrated SQLite database.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import {
  sleep,
  startLiveCollaboration,
  type LiveCollaboration,
} from "./testing/live-collaboration.js";
import { sectionDocumentName } from "@coproduce/shared/document-names";

type Who = "member" | "outsider";

let live: LiveCollaboration;
let variantId: string;
let variantSectionId: string;
const cookies: Record<Who, string> = { member: "", outsider: "" };
const ids: Record<Who, string> = { member: "", outsider: "" };

beforeAll(async () => {
  live = await startLiveCollaboration("variant-ws");
  const { db, programmeId } = live;
  const coreSectionId = await live.toolkitSection({ title: "Aims", plainText: "Our aims." });
  variantSectionId = await live.toolkitSection({ title: "Aims (North)", plainText: "Our aims." });
  const place = await db.place.create({
    data: { programmeId, name: "North", level: "place", population: 1 },
  });
  // Both have a role that may edit a partnership they belong to; only one belongs to it.
  for (const who of ["member", "outsider"] as const) {
    ({ id: ids[who], cookie: cookies[who] } = await live.personWithSession("contributor", who));
  }
  const partnership = await db.partnership.create({
    data: {
      programmeId,
      slug: "north",
      name: "North",
      placeId: place.id,
      cohort: "",
      careModelType: "mcp",
      status: "designing",
      description: "",
      members: { create: [{ userId: ids.member }] },
    },
  });
  const variant = await db.sectionVariant.create({
    data: {
      programmeId,
      partnershipId: partnership.id,
      coreSectionId,
      variantSectionId,
      baseText: "Our aims.",
    },
  });
  variantId = variant.id;
}, 60_000);

afterAll(() => live?.close());

const open = (who: Who) =>
  live.openLiveDocument(sectionDocumentName(variantSectionId), cookies[who]);

const loggedBy = (who: Who) =>
  live.db.collabUpdate.count({
    where: { documentName: sectionDocumentName(variantSectionId), userId: ids[who] },
  });

describe("a local version's live document", { timeout: 30_000 }, () => {
  it("is refused to a non-member while it is a draft", async () => {
    const client = open("outsider");
    try {
      await expect(client.ready).rejects.toThrow(/No access/);
    } finally {
      client.destroy();
    }
  });

  it("opens writable for a member of the partnership", async () => {
    const client = open("member");
    try {
      await expect(client.ready).resolves.toBeUndefined();
    } finally {
      client.destroy();
    }
  });

  it("once published, a non-member reads it, and nothing they write is stored", async () => {
    await live.db.sectionVariant.update({
      where: { id: variantId },
      data: { status: "published", publishedAt: new Date() },
    });
    const client = open("outsider");
    try {
      await client.ready;
      expect(client.doc.get("root", Y.XmlText).length).toBeGreaterThan(0);
      // Typing at the end of the first paragraph, as the editor would.
      const paragraph = (client.doc.get("root", Y.XmlText).toDelta() as { insert: unknown }[])
        .map((op) => op.insert)
        .find((insert): insert is Y.XmlText => insert instanceof Y.XmlText)!;
      paragraph.insert(paragraph.length, " Not ours.");
      await sleep(500);
      // A read-only connection: the server drops the change without a refusal (a writable
      // one would be closed, since this role may only suggest), and stores nothing.
      expect(client.closedWith()).toBeNull();
      expect(await loggedBy("outsider")).toBe(0);
      const served = await live.collaboration.documents.read(sectionDocumentName(variantSectionId));
      const check = new Y.Doc();
      Y.applyUpdate(check, served!);
      expect(check.get("root", Y.XmlText).toString()).not.toContain("Not ours.");
    } finally {
      client.destroy();
    }
  });
});
