// Finding the place someone typed into the matrix's place box.
import { describe, expect, it } from "vitest";
import { PLACE_CHOICES, resolvePlaceFilter } from "./place-filter.js";
import type { PlaceRow } from "./places.js";

const place = (id: string, name: string, parentId: string | null = null): PlaceRow => ({
  id,
  name,
  level: parentId ? "place" : "ics",
  parentId,
});
const places = [
  place("north", "North Shire"),
  place("northbridge", "Northbridge", "north"),
  place("northbridge-north", "Northbridge North", "northbridge"),
  place("east-north", "East Northam", "north"),
  place("south", "South Vale"),
];

describe("the matrix's place box", () => {
  it("finds a place by its full name, whatever the case and spacing", () => {
    expect(resolvePlaceFilter(places, { placeName: "  north   shire " })).toEqual({
      state: "chosen",
      place: places[0],
    });
  });

  it("finds a place by its full name even when that is part of other places' names", () => {
    expect(resolvePlaceFilter(places, { placeName: "northbridge" })).toMatchObject({
      state: "chosen",
      place: { id: "northbridge" },
    });
  });

  it("finds a place by part of its name when only one fits", () => {
    expect(resolvePlaceFilter(places, { placeName: "vale" })).toMatchObject({
      state: "chosen",
      place: { id: "south" },
    });
  });

  it("offers the places that fit part of a name, those starting with it first, with where each sits", () => {
    expect(resolvePlaceFilter(places, { placeName: "North" })).toEqual({
      state: "several",
      typed: "North",
      choices: [
        { id: "north", name: "North Shire", within: null },
        { id: "northbridge", name: "Northbridge", within: "North Shire" },
        { id: "northbridge-north", name: "Northbridge North", within: "Northbridge" },
        { id: "east-north", name: "East Northam", within: "North Shire" },
      ],
      more: 0,
    });
  });

  it(`lists at most ${PLACE_CHOICES} and says how many more fit`, () => {
    const many = Array.from({ length: 25 }, (_, i) => place(`p${i}`, `Ward ${i + 10}`));
    const filter = resolvePlaceFilter(many, { placeName: "ward" });
    expect(filter).toMatchObject({ state: "several", more: 25 - PLACE_CHOICES });
    expect(filter.state === "several" && filter.choices).toHaveLength(PLACE_CHOICES);
  });

  it("says when nothing fits, and treats an empty box as every place", () => {
    expect(resolvePlaceFilter(places, { placeName: " Westmoor " })).toEqual({
      state: "unknown",
      typed: "Westmoor",
    });
    expect(resolvePlaceFilter(places, { placeName: "   " })).toEqual({ state: "all" });
    expect(resolvePlaceFilter(places, {})).toEqual({ state: "all" });
  });

  it("takes a place chosen by id (from a link) over what was typed; an unknown id is no filter", () => {
    expect(resolvePlaceFilter(places, { placeId: "south", placeName: "North" })).toMatchObject({
      state: "chosen",
      place: { id: "south" },
    });
    expect(resolvePlaceFilter(places, { placeId: "elsewhere" })).toEqual({ state: "all" });
  });
});
