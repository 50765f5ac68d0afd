// The board's rules, change by change: what each person may add, change and remove.
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { boardUpdateRefusal, type BoardActor, type BoardState } from "./board-rules.js";
import { boardClusters, boardNotes, type BoardNote } from "@coproduce/shared/board";

const sam: BoardActor = { authorTag: "tag-sam", name: "Sam", facilitator: false };
const ola: BoardActor = { authorTag: "tag-ola", name: "Ola", facilitator: false };
const facilitator: BoardActor = { authorTag: "tag-fac", name: "Fran", facilitator: true };
const open: BoardState = { ended: false, locked: false, anonymousNotes: false };

function note(actor: BoardActor, overrides: Partial<BoardNote> = {}): BoardNote {
  return {
    text: "Ring before visits",
    colour: "yellow",
    authorTag: actor.authorTag,
    authorName: actor.name,
    clusterId: null,
    createdAt: 1,
    ...overrides,
  };
}

/** A board with one note by Sam ("n1") and one group ("c1"). */
function board(): Y.Doc {
  const doc = new Y.Doc();
  boardNotes(doc).set("n1", note(sam));
  boardClusters(doc).set("c1", { title: "Visits", createdAt: 1 });
  return doc;
}

/** The update `edit` makes to a copy of `doc`, as a browser would send it. */
function change(doc: Y.Doc, edit: (copy: Y.Doc) => void): Uint8Array {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  const before = Y.encodeStateVector(copy);
  edit(copy);
  return Y.encodeStateAsUpdate(copy, before);
}

function refusal(actor: BoardActor, edit: (copy: Y.Doc) => void, state = open) {
  const doc = board();
  return boardUpdateRefusal(Y.encodeStateAsUpdate(doc), change(doc, edit), actor, state);
}

describe("board rules", () => {
  it("lets anyone taking part add their own note, with their own name", () => {
    expect(refusal(ola, (d) => boardNotes(d).set("n2", note(ola)))).toBeNull();
    expect(refusal(ola, (d) => boardNotes(d).set("n2", note(sam)))).toMatch(/your own/);
    expect(refusal(ola, (d) => boardNotes(d).set("n2", note(ola, { authorName: "Sam" })))).toMatch(
      /your own name/,
    );
  });

  it("keeps notes on an anonymous board nameless", () => {
    const anonymous = { ...open, anonymousNotes: true };
    const nameless = note(ola, { authorName: "" });
    expect(refusal(ola, (d) => boardNotes(d).set("n2", nameless), anonymous)).toBeNull();
    expect(refusal(ola, (d) => boardNotes(d).set("n2", note(ola)), anonymous)).toMatch(/anonymous/);
  });

  it("refuses notes that are empty, too long, or not plain notes", () => {
    expect(refusal(ola, (d) => boardNotes(d).set("n2", note(ola, { text: " " })))).toMatch(
      /not valid/,
    );
    const long = "x".repeat(281);
    expect(refusal(ola, (d) => boardNotes(d).set("n2", note(ola, { text: long })))).toMatch(
      /not valid/,
    );
    expect(
      refusal(ola, (d) =>
        boardNotes(d).set("n2", { ...note(ola), extra: "field" } as unknown as BoardNote),
      ),
    ).toMatch(/not valid/);
    expect(
      refusal(ola, (d) => (d.getMap("notes") as Y.Map<unknown>).set("n2", new Y.Map())),
    ).toMatch(/not valid/);
    expect(
      refusal(ola, (d) => boardNotes(d).set("n2", note(ola, { colour: "red" as "pink" }))),
    ).toMatch(/not valid/);
  });

  it("lets anyone move or recolour a note, but only its author or a facilitator reword it", () => {
    const moved = (d: Y.Doc) => boardNotes(d).set("n1", note(sam, { clusterId: "c1" }));
    expect(refusal(ola, moved)).toBeNull();
    const recoloured = (d: Y.Doc) => boardNotes(d).set("n1", note(sam, { colour: "blue" }));
    expect(refusal(ola, recoloured)).toBeNull();
    const reworded = (d: Y.Doc) => boardNotes(d).set("n1", note(sam, { text: "Changed" }));
    expect(refusal(ola, reworded)).toMatch(/your own notes/);
    expect(refusal(sam, reworded)).toBeNull();
    expect(refusal(facilitator, reworded)).toBeNull();
    const intoNowhere = (d: Y.Doc) => boardNotes(d).set("n1", note(sam, { clusterId: "gone" }));
    expect(refusal(ola, intoNowhere)).toMatch(/no longer on the board/);
  });

  it("never lets a note's author be changed", () => {
    const stolen = (d: Y.Doc) => boardNotes(d).set("n1", note(ola));
    expect(refusal(ola, stolen)).toMatch(/author cannot be changed/);
    expect(refusal(facilitator, stolen)).toMatch(/author cannot be changed/);
  });

  it("lets only its author or a facilitator remove a note, and only a facilitator a group", () => {
    const removeNote = (d: Y.Doc) => boardNotes(d).delete("n1");
    expect(refusal(ola, removeNote)).toMatch(/your own notes/);
    expect(refusal(sam, removeNote)).toBeNull();
    expect(refusal(facilitator, removeNote)).toBeNull();
    const removeGroup = (d: Y.Doc) => boardClusters(d).delete("c1");
    expect(refusal(sam, removeGroup)).toMatch(/Only a facilitator/);
    expect(refusal(facilitator, removeGroup)).toBeNull();
    expect(refusal(sam, (d) => boardClusters(d).set("c2", { title: "Meds", createdAt: 2 }))).toBe(
      null,
    );
    expect(refusal(sam, (d) => boardClusters(d).set("c2", { title: "", createdAt: 2 }))).toMatch(
      /title/,
    );
  });

  it("keeps the old signals map and anything else outside the two maps to the server", () => {
    expect(refusal(facilitator, (d) => d.getMap("signals").set("live", 99))).toMatch(
      /facilitator's tools/,
    );
    expect(refusal(sam, (d) => d.getText("other").insert(0, "x"))).toMatch(/facilitator's tools/);
  });

  it("stops everyone but facilitators while locked, and everyone once ended", () => {
    const add = (actor: BoardActor) => (d: Y.Doc) => boardNotes(d).set("n2", note(actor));
    const locked = { ...open, locked: true };
    expect(refusal(sam, add(sam), locked)).toMatch(/locked/);
    expect(refusal(facilitator, add(facilitator), locked)).toBeNull();
    const ended = { ...open, ended: true };
    expect(refusal(facilitator, add(facilitator), ended)).toMatch(/ended/);
  });

  it("refuses a change that depends on changes the server has not seen", () => {
    const doc = board();
    const ahead = new Y.Doc();
    Y.applyUpdate(ahead, Y.encodeStateAsUpdate(doc));
    const first = change(ahead, (d) => boardNotes(d).set("n2", note(ola)));
    Y.applyUpdate(ahead, first);
    // Recolouring the new note builds on the note itself.
    const second = change(ahead, (d) => boardNotes(d).set("n2", note(ola, { colour: "blue" })));
    // Sent without the first: it cannot be applied yet, so it cannot be checked.
    const current = Y.encodeStateAsUpdate(doc);
    expect(boardUpdateRefusal(current, second, ola, open)).toMatch(/out of order/);
    expect(boardUpdateRefusal(current, first, ola, open)).toBeNull();
    // Once the first is accepted (even before it is applied), the second can be checked.
    expect(boardUpdateRefusal(Y.mergeUpdates([current, first]), second, ola, open)).toBeNull();
  });
});
