// Permission-matrix cases for local versions. The partnership's members here are the editor and
// the viewer (read-only role); the programme's editors (admin, facilitator, editor) change any
// partnership's local version; a draft is seen only by those who may change it, a published one
// by everyone in the programme and, on the public Toolbox, by anyone.
import type { Db, Role } from "@coproduce/db";
import type { Caller } from "../router.js";
import type { createProgrammeFixture } from "./fixtures.js";
import { createPartnershipFixture } from "./delivery-fixtures.js";
import { coreChanges } from "../services/variants/core-changes.js";

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
