// Permission-matrix cases for local versions. The partnership's members here are the editor and
// the viewer (read-only role); the programme's editors (admin, facilitator, editor) change any
// partnership's local version; a draft is seen only by those who may change it, a published one
// by everyone in the programme and, on the public Toolbox, by anyone.
import type { Db, Role } from "@coproduce/db";
import type { Caller } from "../router.js";
import { createPartnershipFixture } from "./delivery-fixtures.js";
import { coreChanges } from "../services/variants/core-changes.js";
import { suggestionsInState } from "@coproduce/editor/headless";
import { callerFor, storedDocuments, type createProgrammeFixture } from "./fixtures.js";
import { addSuggestedInsertion } from "./suggestion-fixtures.js";
import { sectionDocumentName } from "@coproduce/shared/document-names";

type Actor = Role | "outsider" | "anonymous";
type Fixture = Awaited<ReturnType<typeof createProgrammeFixture>>;
interface Case {
  allowed: Actor[];
  call: (caller: Caller, f: Fixture, db: Db, actor: Actor) => Promise<unknown>;
}

const everyone: Actor[] = [
  "admin",
  "facilitator",
  "editor",
  "contributor",
  "viewer",
  "outsider",
  "anonymous",
];
const members: Actor[] = ["admin", "facilitator", "editor", "contributor", "viewer"];
const changers: Actor[] = ["admin", "facilitator", "editor"];

const OLD = "Tell your story once.\n\nA named worker keeps in touch.";
const NEW = "Tell your story only once.\n\nA named worker keeps in touch.";

async function release(db: Db, f: Fixture, version: string, sectionId: string, text: string) {
  return db.toolboxRelease.create({
    data: {
      toolboxId: f.toolbox.id,
      version,
      notes: "",
      sections: {
        create: {
          sectionId,
          documentSlug: "t",
          documentTitle: "T",
          documentKind: "toolkit",
          documentOrder: 0,
          position: 0,
          depth: 0,
          title: "Aims",
          text,
          html: "",
          markdown: "",
        },
      },
    },
  });
}

/** A partnership's draft local version of a core section whose release 2.0 changed since. */
async function variantFixture(db: Db, f: Fixture) {
  const { partnership, section: core } = await createPartnershipFixture(db, f);
  const first = await release(db, f, "1.0", core.id, OLD);
  const local = await db.section.create({
    data: { documentId: core.documentId, title: "Aims (local)", sortOrder: 0, plainText: OLD },
  });
  const variant = await db.sectionVariant.create({
    data: {
      programmeId: f.programme.id,
      partnershipId: partnership.id,
      coreSectionId: core.id,
      variantSectionId: local.id,
      baseReleaseId: first.id,
      baseText: OLD,
    },
  });
  // Later, so it is the latest release.
  await new Promise((resolve) => setTimeout(resolve, 5));
  await release(db, f, "2.0", core.id, NEW);
  const changeKey = coreChanges(OLD, NEW, OLD)[0]!.key;
  return { partnership, core, variant, changeKey };
}

export function variantCases(programmeSlug: string): Record<string, Case> {
  const withVariant = (
    allowed: Actor[],
    call: (c: Caller, v: Awaited<ReturnType<typeof variantFixture>>, db: Db) => Promise<unknown>,
  ): Case => ({
    allowed,
    call: async (c, f, db) => call(c, await variantFixture(db, f), db),
  });
  return {
    "variants.list": withVariant(members, (c, v) =>
      c.variants.list({ programmeSlug, partnershipId: v.partnership.id }),
    ),
    "variants.get": withVariant(changers, (c, v) =>
      c.variants.get({ programmeSlug, variantId: v.variant.id }),
    ),
    "variants.create": withVariant(changers, async (c, v, db) => {
      await db.sectionVariant.delete({ where: { id: v.variant.id } });
      return c.variants.create({
        programmeSlug,
        partnershipId: v.partnership.id,
        coreSectionId: v.core.id,
      });
    }),
    "variants.bringIn": withVariant(changers, (c, v) =>
      c.variants.bringIn({ programmeSlug, variantId: v.variant.id, changeKey: v.changeKey }),
    ),
    "variants.keepOurs": withVariant(changers, (c, v) =>
      c.variants.keepOurs({ programmeSlug, variantId: v.variant.id, changeKey: v.changeKey }),
    ),
    "variants.setPublished": withVariant(changers, (c, v) =>
      c.variants.setPublished({ programmeSlug, variantId: v.variant.id, published: true }),
    ),
    "variants.publishedForSection": withVariant(everyone, (c, v) =>
      c.variants.publishedForSection({ programmeSlug, sectionId: v.core.id }),
    ),
    "variants.published": withVariant(everyone, async (c, v, db) => {
      await db.sectionVariant.update({
        where: { id: v.variant.id },
        data: { status: "published", publishedAt: new Date() },
      });
      return c.variants.published({ programmeSlug, variantId: v.variant.id });
    }),
  };
}

/**
 * Every procedure about one section, called on a partnership's draft local version. The draft's
 * rule (policies/variant-access.ts) lets in only those who may change it: here the programme's
 * editors, as the partnership's members are the editor and the viewer, who may not edit a
 * partnership. Each procedure's own permission lets in at least those, so that rule alone
 * decides; a new procedure about a section belongs here. (toolbox.moveSection is not: a local
 * version has no place in the core outline to move from.) Keys are "<procedure> on a draft local
 * version".
 */
export function draftLocalVersionCases(programmeSlug: string): Record<string, Case> {
  type DraftCall = (
    c: Caller,
    draft: { sectionId: string; documentId: string },
    f: Fixture,
    db: Db,
    actor: Actor,
  ) => Promise<unknown>;
  /** A thread on the draft, started by the editor (so others resolve it only as editors). */
  const thread = (db: Db, f: Fixture, sectionId: string) =>
    db.commentThread.create({
      data: { sectionId, quote: "Tell your story once.", authorId: f.users.editor.id },
    });
  const suggestion = async (db: Db, sectionId: string, authorId: string) => {
    const documents = storedDocuments(db);
    await addSuggestedInsertion(documents, sectionId, authorId, 5, "please ");
    const [made] = suggestionsInState((await documents.read(sectionDocumentName(sectionId)))!);
    return made!.suggestionId;
  };
  /** The suggester for a withdrawal: the caller when they are in the programme. */
  const authorFor = (f: Fixture, actor: Actor) =>
    actor === "outsider" || actor === "anonymous" ? f.users.contributor.id : f.users[actor].id;
  const namedVersion = async (db: Db, f: Fixture, sectionId: string) =>
    (await callerFor(db, f.users.editor.id)).versions.create({
      programmeSlug,
      sectionId,
      name: "Earlier",
    });
  const calls: Record<string, DraftCall> = {
    "toolbox.section": (c, { sectionId }) => c.toolbox.section({ programmeSlug, sectionId }),
    "toolbox.createSection": (c, { sectionId, documentId }) =>
      c.toolbox.createSection({ programmeSlug, documentId, parentId: sectionId, title: "New" }),
    "toolbox.updateSection": (c, { sectionId }) =>
      c.toolbox.updateSection({ programmeSlug, sectionId, title: "Renamed" }),
    "toolbox.archiveSection": (c, { sectionId }) =>
      c.toolbox.archiveSection({ programmeSlug, sectionId }),
    "governance.sectionStatus.set": (c, { sectionId }) =>
      c.governance.sectionStatus.set({ programmeSlug, sectionId, status: "in_review" }),
    "publishing.sectionStatus": (c, { sectionId }) =>
      c.publishing.sectionStatus({ programmeSlug, sectionId }),
    "coProduction.section": (c, { sectionId }) =>
      c.coProduction.section({ programmeSlug, sectionId }),
    "comments.threads": (c, { sectionId }) => c.comments.threads({ programmeSlug, sectionId }),
    "comments.createThread": (c, { sectionId }) =>
      c.comments.createThread({
        programmeSlug,
        sectionId,
        quote: "Tell your story once.",
        prefix: "",
        body: "Is this how we say it here?",
        mentions: [],
      }),
    "comments.reply": async (c, { sectionId }, f, db) => {
      const { id } = await thread(db, f, sectionId);
      return c.comments.reply({ programmeSlug, threadId: id, body: "Yes." });
    },
    "comments.resolve": async (c, { sectionId }, f, db) => {
      const { id } = await thread(db, f, sectionId);
      return c.comments.resolve({ programmeSlug, threadId: id, resolved: true });
    },
    "suggestions.list": (c, { sectionId }) => c.suggestions.list({ programmeSlug, sectionId }),
    "suggestions.decide": async (c, { sectionId }, f, db) => {
      const suggestionId = await suggestion(db, sectionId, f.users.contributor.id);
      return c.suggestions.decide({ programmeSlug, sectionId, suggestionId, accept: true });
    },
    "suggestions.decideAllBy": async (c, { sectionId }, f, db) => {
      const authorId = f.users.contributor.id;
      await suggestion(db, sectionId, authorId);
      return c.suggestions.decideAllBy({ programmeSlug, sectionId, authorId, accept: false });
    },
    "suggestions.withdraw": async (c, { sectionId }, f, db, actor) => {
      const suggestionId = await suggestion(db, sectionId, authorFor(f, actor));
      return c.suggestions.withdraw({ programmeSlug, sectionId, suggestionId });
    },
    "versions.list": (c, { sectionId }) => c.versions.list({ programmeSlug, sectionId }),
    "versions.compare": async (c, { sectionId }, f, db) => {
      const version = await namedVersion(db, f, sectionId);
      return c.versions.compare({ programmeSlug, sectionId, from: version.id, to: "current" });
    },
    "versions.create": (c, { sectionId }) =>
      c.versions.create({ programmeSlug, sectionId, name: "Draft 1" }),
    "versions.restore": async (c, { sectionId }, f, db) => {
      const version = await namedVersion(db, f, sectionId);
      return c.versions.restore({ programmeSlug, sectionId, versionId: version.id });
    },
  };
  return Object.fromEntries(
    Object.entries(calls).map(([path, call]): [string, Case] => [
      `${path} on a draft local version`,
      {
        allowed: changers,
        call: async (c, f, db, actor) => {
          const { core, variant } = await variantFixture(db, f);
          const draft = { sectionId: variant.variantSectionId, documentId: core.documentId };
          return call(c, draft, f, db, actor);
        },
      },
    ]),
  );
}
