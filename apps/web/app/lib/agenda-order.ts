// Agenda order for drag and drop: rows are dropped into gaps between them, and the list shows the
// new order while the server saves it.

/** The place an activity takes once moved from index `from` into the gap before row `gap`. */
export function dropIndex(from: number, gap: number): number {
  return gap > from ? gap - 1 : gap;
}

/** The list with one item moved to `toIndex` (past the end means last). */
export function reorder<T extends { id: string }>(items: T[], id: string, toIndex: number): T[] {
  const from = items.findIndex((a) => a.id === id);
  if (from < 0) return items;
  const next = [...items];
  const [moved] = next.splice(from, 1);
  next.splice(Math.min(toIndex, next.length), 0, moved!);
  return next;
}
