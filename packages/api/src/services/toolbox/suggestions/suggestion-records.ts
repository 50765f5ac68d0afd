// Keeps a row for every suggestion in a section's text (who made it, when, its words), so the
// list beside the text, the credit and the decision log do not depend on the live document.
// Runs when a section's changes settle. A new suggestion tells the section's owner (in the
// app); a pending suggestion that has left the text without a decision (someone edited its
// words away) is recorded as removed.
import type { Db } from "@coproduce/db";
import { suggestionsInState } from "@coproduce/editor/headless";
import { notifyPeople } from "../../notifications/notify.js";

export async function recordSuggestions(db: Db, sectionId: string, state: Uint8Array) {
  const section = await db.section.findUnique({
    where: { id: sectionId },
    select: {
      id: true,
      title: true,
      ownerId: true,
      document: {
        select: { toolbox: { select: { programme: { select: { id: true, slug: true } } } } },
      },
    },
  });
  if (!section) return;
  const programme = section.document.toolbox.programme;
  const inText = suggestionsInState(state);
  const rows = await db.sectionSuggestion.findMany({
    where: { sectionId },
    select: { suggestionId: true, status: true, text: true },
  });
  const known = new Map(rows.map((row) => [row.suggestionId, row]));
  // Only members of the programme can be credited (someone removed since may still have some).
  const authorIds = [...new Set(inText.map((suggestion) => suggestion.authorId))];
  const members = await db.membership.findMany({
    where: { programmeId: programme.id, userId: { in: authorIds } },
    select: { userId: true, user: { select: { name: true } } },
  });
  const memberNames = new Map(members.map((member) => [member.userId, member.user.name]));
  const newAuthors = new Set<string>();
  for (const suggestion of inText) {
    const row = known.get(suggestion.suggestionId);
    if (row) {
      if (row.status === "pending" && row.text !== suggestion.text) {
        await db.sectionSuggestion.update({
          where: { sectionId_suggestionId: { sectionId, suggestionId: suggestion.suggestionId } },
          data: { text: suggestion.text },
        });
      }
      continue;
    }
    if (!memberNames.has(suggestion.authorId)) continue;
    const createdAt = new Date(suggestion.createdAt);
    await db.sectionSuggestion.create({
      data: {
        sectionId,
        programmeId: programme.id,
        suggestionId: suggestion.suggestionId,
        authorId: suggestion.authorId,
        kind: suggestion.kind,
        text: suggestion.text,
        // The author's clock, unless it is missing or far from ours.
        ...(isNear(createdAt) ? { createdAt } : {}),
      },
    });
    newAuthors.add(suggestion.authorId);
  }
  const present = new Set(inText.map((suggestion) => suggestion.suggestionId));
  const gone = rows.filter((row) => row.status === "pending" && !present.has(row.suggestionId));
  if (gone.length > 0) {
    await db.sectionSuggestion.updateMany({
      where: { sectionId, suggestionId: { in: gone.map((row) => row.suggestionId) } },
      data: { status: "removed", decidedAt: new Date() },
    });
  }
  const owner = section.ownerId;
  const toTell = [...newAuthors].filter((authorId) => authorId !== owner);
  if (owner && toTell.length > 0) {
    const names = toTell.map((authorId) => memberNames.get(authorId)!);
    // Through the one path that tells people, so the owner also gets it by email if they keep
    // email on, and it shows on their home under "Waiting for your review".
    await notifyPeople(db, {
      programmeId: programme.id,
      kind: "review",
      actorId: toTell[0]!,
      userIds: [owner],
      text: `${names.join(", ")} suggested changes to “${section.title}”`,
      link: `/p/${programme.slug}/toolbox/${section.id}#suggestions`,
      emailBody: "Open the section to accept or reject the suggested words.",
    });
  }
}

function isNear(date: Date) {
  return !Number.isNaN(date.getTime()) && Math.abs(date.getTime() - Date.now()) < 60 * 60_000;
}
