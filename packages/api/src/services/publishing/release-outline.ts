// Which sections a release freezes, in reading order: every agreed, unarchived section,
// document by document, depth-first through each outline. A section under a parent that is not
// agreed moves up to its nearest agreed ancestor, so nothing agreed is left out.
export interface OutlineSection {
  id: string;
  parentId: string | null;
  sortOrder: number;
  status: string;
}

export interface PlacedSection<S> {
  section: S;
  depth: number;
}

export function releaseOrder<S extends OutlineSection>(sections: S[]): PlacedSection<S>[] {
  const children = new Map<string | null, S[]>();
  for (const section of sections) {
    const siblings = children.get(section.parentId) ?? [];
    siblings.push(section);
    children.set(section.parentId, siblings);
  }
  for (const siblings of children.values()) siblings.sort((a, b) => a.sortOrder - b.sortOrder);

  const placed: PlacedSection<S>[] = [];
  const visit = (parentId: string | null, depth: number) => {
    for (const section of children.get(parentId) ?? []) {
      const included = section.status === "agreed";
      if (included) placed.push({ section, depth });
      visit(section.id, included ? depth + 1 : depth);
    }
  };
  visit(null, 0);
  return placed;
}
