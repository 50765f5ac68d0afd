// Turns a flat list in reading order, each item with its depth (0 = top level), into a tree, so a
// table of contents can be nested lists rather than indented lines.
export interface Nested<T> {
  item: T;
  children: Nested<T>[];
}

export function nestByDepth<T extends { depth: number }>(items: T[]): Nested<T>[] {
  const roots: Nested<T>[] = [];
  const open: Nested<T>[] = []; // open[d] is the latest node at depth d
  for (const item of items) {
    const node = { item, children: [] };
    const depth = Math.min(item.depth, open.length);
    open.length = depth;
    (depth === 0 ? roots : open[depth - 1]!.children).push(node);
    open.push(node);
  }
  return roots;
}
