// The adoption matrix's place filter. A region has thousands of places, too many for a list to
// choose from, so people type a place's name (or part of it) and we find it. Place names are
// unique in a programme, ignoring case, so a full name always finds exactly one place; part of
// a name that fits several places gives a short list to choose from.
import type { PlaceRow } from "./places.js";

/** How many places "Which place did you mean?" lists at most. */
export const PLACE_CHOICES = 10;

export interface PlaceChoice {
  id: string;
  name: string;
  /** The wider place it sits in, to tell apart places with similar names. */
  within: string | null;
}

export type PlaceFilter =
  /** No place asked for: every place. */
  | { state: "all" }
  | { state: "chosen"; place: PlaceRow }
  /** Nothing is called anything like what was typed: every place is shown. */
  | { state: "unknown"; typed: string }
  /** What was typed is part of several names: every place is shown until one is chosen. */
  | { state: "several"; typed: string; choices: PlaceChoice[]; more: number };

/** Lower case with runs of spaces as one, so "  north  Shire" finds "North Shire". */
const comparable = (text: string) => text.trim().replace(/\s+/g, " ").toLocaleLowerCase("en-GB");

/**
 * The place a matrix filter asks for: by id (links from the places page) or by what someone
 * typed. An id that is not one of these places counts as no filter, as other filters do.
 */
export function resolvePlaceFilter(
  places: PlaceRow[],
  { placeId, placeName }: { placeId?: string; placeName?: string },
): PlaceFilter {
  if (placeId) {
    const place = places.find((p) => p.id === placeId);
    return place ? { state: "chosen", place } : { state: "all" };
  }
  const typed = comparable(placeName ?? "");
  if (!typed) return { state: "all" };
  // Each name made comparable once: a region's places are thousands, and sorting compares often.
  const named = places.map((place) => ({ place, key: comparable(place.name) }));
  const exact = named.find((n) => n.key === typed);
  if (exact) return { state: "chosen", place: exact.place };
  // Names that start with what was typed come first: they are most likely what was meant.
  const matches = named
    .filter((n) => n.key.includes(typed))
    .map((n) => ({ ...n, starts: n.key.startsWith(typed) }))
    .sort((a, b) => Number(b.starts) - Number(a.starts) || a.place.name.localeCompare(b.place.name))
    .map((n) => n.place);
  const shown = placeName!.trim();
  if (matches.length === 0) return { state: "unknown", typed: shown };
  if (matches.length === 1) return { state: "chosen", place: matches[0]! };
  const nameOf = new Map(places.map((p) => [p.id, p.name]));
  return {
    state: "several",
    typed: shown,
    choices: matches.slice(0, PLACE_CHOICES).map((p) => ({
      id: p.id,
      name: p.name,
      within: (p.parentId && nameOf.get(p.parentId)) || null,
    })),
    more: Math.max(0, matches.length - PLACE_CHOICES),
  };
}
