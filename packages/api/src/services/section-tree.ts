// Keeps a document's section tree in order: siblings are numbered 0, 1, 2… by sortOrder.
import { TRPCError } from "@trpc/server";
import type { Db } from "@coproduce/db";

export const MOVE_DIRECTIONS = ["up", "down", "in", "out"] as const;
export type MoveDirection = (typeof MOVE_DIRECTIONS)[number];

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

async function siblings(tx: Tx, documentId: string, parentId: string | null) {
  return tx.section.findMany({
    where: { documentId, parentId, archivedAt: null, variantOf: null },
    orderBy: [{ sortOrder: "asc" }, { createdAt: "asc" }],
    select: { id: true },
  });
}

async function renumber(tx: Tx, ids: string[]) {
  for (const [index, id] of ids.entries()) {
    await tx.section.update({ where: { id }, data: { sortOrder: index } });
  }
}

export async function nextSortOrder(db: Db | Tx, documentId: string, parentId: string | null) {
  const last = await db.section.findFirst({
    where: { documentId, parentId, archivedAt: null, variantOf: null },
    orderBy: { sortOrder: "desc" },
    select: { sortOrder: true },
  });
  return (last?.sortOrder ?? -1) + 1;
}

/**
 * Moves a section one step, the way outliners do with the keyboard: up or down among its
 * siblings, in (under the sibling above it, as its last child) or out (after its parent).
 */
export async function moveSection(db: Db, sectionId: string, direction: MoveDirection) {
  await db.$transaction(async (tx) => {
    const section = await tx.section.findUniqueOrThrow({ where: { id: sectionId } });
    const order = (await siblings(tx, section.documentId, section.parentId)).map((s) => s.id);
    const index = order.indexOf(section.id);
    const cannot = (message: string) => new TRPCError({ code: "BAD_REQUEST", message });

    if (direction === "up" || direction === "down") {
      const target = direction === "up" ? index - 1 : index + 1;
      if (target < 0) throw cannot("This section is already first.");
      if (target >= order.length) throw cannot("This section is already last.");
      [order[index], order[target]] = [order[target]!, order[index]!];
      await renumber(tx, order);
      return;
    }
    if (direction === "in") {
      const newParentId = order[index - 1];
      if (!newParentId) throw cannot("There is no section above this one to move it into.");
      const sortOrder = await nextSortOrder(tx, section.documentId, newParentId);
      await tx.section.update({
        where: { id: section.id },
        data: { parentId: newParentId, sortOrder },
      });
      await renumber(
        tx,
        order.filter((id) => id !== section.id),
      );
      return;
    }
    // out
    if (!section.parentId) throw cannot("This section is already at the top level.");
    const parent = await tx.section.findUniqueOrThrow({ where: { id: section.parentId } });
    const parentSiblings = (await siblings(tx, parent.documentId, parent.parentId)).map(
      (s) => s.id,
    );
    const parentIndex = parentSiblings.indexOf(parent.id);
    parentSiblings.splice(parentIndex + 1, 0, section.id);
    await tx.section.update({ where: { id: section.id }, data: { parentId: parent.parentId } });
    await renumber(tx, parentSiblings);
    await renumber(
      tx,
      order.filter((id) => id !== section.id),
    );
  });
}
