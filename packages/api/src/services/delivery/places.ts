// Places nest from a system down to a neighbourhood (system › place › locality › neighbourhood).
// A place sits inside a wider one: its level must be smaller than its parent's, and a place can
// never sit inside itself or one of its own sub-places. Names are unique in a programme (the
// CSV import finds places by name), ignoring case.
import { PLACE_LEVEL_LABELS, PLACE_LEVELS, type Db, type PlaceLevel } from "@coproduce/db";

export interface PlaceRow {
  id: string;
  name: string;
  level: string;
  parentId: string | null;
}

const rank = (level: string) => PLACE_LEVELS.indexOf(level as PlaceLevel);

export function loadPlaces(db: Db, programmeId: string): Promise<PlaceRow[]> {
  return db.place.findMany({
    where: { programmeId },
    orderBy: { name: "asc" },
    select: { id: true, name: true, level: true, parentId: true },
  });
}

/** Every place in tree order (each followed by its sub-places, by name), with its depth. */
export function treeOrder<T extends PlaceRow>(places: T[]): (T & { depth: number })[] {
  const ids = new Set(places.map((p) => p.id));
  const children = new Map<string | null, T[]>();
  for (const place of places) {
    const parent = place.parentId && ids.has(place.parentId) ? place.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), place]);
  }
  const out: (T & { depth: number })[] = [];
  const visit = (parentId: string | null, depth: number) => {
    const list = (children.get(parentId) ?? []).sort((a, b) => a.name.localeCompare(b.name));
    for (const place of list) {
      out.push({ ...place, depth });
      visit(place.id, depth + 1);
    }
  };
  visit(null, 0);
  return out;
}

/** The place and every place inside it, at any depth. */
export function placeAndDescendants(places: PlaceRow[], placeId: string): Set<string> {
  const found = new Set([placeId]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const place of places) {
      if (place.parentId && found.has(place.parentId) && !found.has(place.id)) {
        found.add(place.id);
        grew = true;
      }
    }
  }
  return found;
}

/**
 * Why a place cannot have this name, level and parent (null when it can). `placeId` is the
 * place being changed, or undefined for a new one.
 */
export function placementProblem(
  places: PlaceRow[],
  change: { placeId?: string; name: string; level: string; parentId: string | null },
): string | null {
  const sameName = places.find(
    (p) => p.id !== change.placeId && p.name.toLowerCase() === change.name.toLowerCase(),
  );
  if (sameName) return `A place is already called "${sameName.name}". Choose another name.`;
  if (change.parentId) {
    const parent = places.find((p) => p.id === change.parentId);
    if (!parent) return "Choose a wider place from the list.";
    if (change.placeId && placeAndDescendants(places, change.placeId).has(parent.id)) {
      return "A place cannot sit inside itself or one of its own sub-places.";
    }
    if (rank(change.level) <= rank(parent.level)) {
      return `A ${levelLabel(change.level)} cannot sit inside a ${levelLabel(parent.level)}. Choose a wider place, or a smaller level.`;
    }
  }
  if (change.placeId) {
    const tooWide = places.find(
      (p) => p.parentId === change.placeId && rank(p.level) <= rank(change.level),
    );
    if (tooWide) {
      return `"${tooWide.name}", a ${levelLabel(tooWide.level)}, sits inside this place, so this place must be wider than a ${levelLabel(tooWide.level)}.`;
    }
  }
  return null;
}

function levelLabel(level: string): string {
  return (PLACE_LEVEL_LABELS[level as PlaceLevel] ?? level).toLowerCase();
}
