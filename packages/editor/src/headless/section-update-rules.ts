// What a change to a section's live document may set, checked on the server before the change
// is logged or applied. Lexical's Yjs binding keeps each node's properties as keys of a Y.Map
// (text nodes) or attributes of an XmlText (elements), and copies any key it finds onto the
// node. So a raw Yjs client with write access could give text an inline style (a full-screen
// overlay in everyone's editor), a link any target, rel or address, or a node a key such as
// `__proto__`. Our editor sets none of these (LiveEditor's content rules clear them before they
// reach Yjs), so a change that does is refused whole.
//
// Typing and deleting (text and deletions only) is accepted without further work. For any other
// change, where each item sits (which key of which node) is read from the update and the live
// document: a key's name is only in the update the first time it is set, later values point
// to the one before. If that cannot be found, the update is tried on a private copy.
import * as Y from "yjs";
import { isSafeLinkUrl } from "../links.js";

/** Lexical's node properties: "__" and letters, nothing that reaches an object's prototype. */
const PROPERTY_KEY = /^__[A-Za-z][A-Za-z0-9]*$/;
/** Keys whose values are Yjs types of their own (node state, named slots), not plain values. */
const NESTED_KEYS = new Set(["__state", "__slots"]);
const ALLOWED_TARGETS = new Set([null, undefined, "_blank"]);
const ALLOWED_RELS = new Set([null, undefined, "noopener noreferrer"]);

/** Why a node may not have `value` under `key`, or null if it may. */
export function nodePropertyRefusal(key: string, value: unknown): string | null {
  if (!PROPERTY_KEY.test(key)) return `A section's text cannot hold the property "${key}".`;
  if (value instanceof Y.Doc) return "A section's text cannot hold another document.";
  if (value instanceof Y.AbstractType && !NESTED_KEYS.has(key)) {
    return `A section's text cannot hold a shared type under "${key}".`;
  }
  switch (key) {
    case "__style":
    case "__textStyle":
      return value === "" || value === null || value === undefined
        ? null
        : "Text in a section cannot have its own style.";
    case "__target":
      return ALLOWED_TARGETS.has(value as string) ? null : "A link can only open in a new tab.";
    case "__rel":
      return ALLOWED_RELS.has(value as string)
        ? null
        : 'A link\'s "rel" can only be "noopener noreferrer".';
    case "__url":
      return typeof value === "string" && isSafeLinkUrl(value)
        ? null
        : "Links can only go to web pages (http or https) or email addresses.";
    default:
      return null;
  }
}

/** Where an item sits: the key it sets (null inside a text) and the item of its parent type. */
interface Place {
  key: string | null;
  /** The item that created the parent type; null for a root type such as "root". */
  parent: Y.ID | null;
}

/**
 * Finds where each item of an update sits without applying it: an item carries its key and
 * parent only when it has no neighbour; otherwise they are its neighbour's, which is in the
 * update or already in the document. Returns undefined when neither has it.
 */
class PlaceFinder {
  private readonly byClient = new Map<number, Y.Item[]>();
  private readonly found = new Map<Y.Item, Place | undefined>();

  constructor(
    private readonly document: Y.Doc,
    items: Y.Item[],
  ) {
    for (const item of items) {
      const list = this.byClient.get(item.id.client) ?? [];
      list.push(item);
      this.byClient.set(item.id.client, list);
    }
    for (const list of this.byClient.values()) list.sort((a, b) => a.id.clock - b.id.clock);
  }

  placeOf(id: Y.ID, depth = 0): Place | undefined {
    if (depth > 10_000) return undefined;
    const sent = this.sentItem(id);
    if (sent) {
      if (this.found.has(sent)) return this.found.get(sent);
      let place: Place | undefined;
      if (sent.parent !== null) {
        place = {
          key: sent.parentSub,
          parent: typeof sent.parent === "string" ? null : (sent.parent as unknown as Y.ID),
        };
      } else {
        const neighbour = sent.origin ?? sent.rightOrigin;
        place = neighbour ? this.placeOf(neighbour, depth + 1) : undefined;
      }
      this.found.set(sent, place);
      return place;
    }
    const stored = itemAt(this.document, id);
    if (!(stored instanceof Y.Item) || !(stored.parent instanceof Y.AbstractType)) return undefined;
    return { key: stored.parentSub, parent: stored.parent._item?.id ?? null };
  }

  /** Whether the type made by item `parent` holds a node's properties (not its state or slots). */
  holdsNodeProperties(parent: Y.ID | null, depth = 0): boolean | undefined {
    if (parent === null) return true;
    const place = this.placeOf(parent, depth + 1);
    if (place === undefined) return undefined;
    return place.key === null || !NESTED_KEYS.has(place.key);
  }

  private sentItem(id: Y.ID): Y.Item | undefined {
    const list = this.byClient.get(id.client);
    if (!list) return undefined;
    let low = 0;
    let high = list.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const item = list[middle]!;
      if (id.clock < item.id.clock) high = middle - 1;
      else if (id.clock >= item.id.clock + item.length) low = middle + 1;
      else return item;
    }
    return undefined;
  }
}

function itemAt(doc: Y.Doc, id: Y.ID): Y.Item | Y.GC | null {
  try {
    return Y.getItem(doc.store, id);
  } catch {
    return null;
  }
}

/** The value an item sets for its key. */
function valueOf(item: Y.Item): unknown {
  const content = item.content.getContent();
  return content[content.length - 1];
}

/** Items that may set a property: anything but text and deletions. */
function settingItems(update: Uint8Array): { all: Y.Item[]; setting: Y.Item[] } {
  const all = Y.decodeUpdate(update).structs.filter(
    (struct): struct is Y.Item => struct instanceof Y.Item,
  );
  const setting = all.filter(
    (item) =>
      !(item.content instanceof Y.ContentString) && !(item.content instanceof Y.ContentDeleted),
  );
  return { all, setting };
}

function itemRefusal(item: Y.Item, key: string | null): string | null {
  if (item.content instanceof Y.ContentDoc) return "A section's text cannot hold another document.";
  // Inserted into a text (an embedded node), not set under a key.
  if (key === null) return null;
  return nodePropertyRefusal(key, valueOf(item));
}

/**
 * Why `update` may not be applied to a section whose live document is `document`, or null if
 * it may. `currentState` (the document plus changes accepted but not yet applied) is only
 * built when an item's place cannot be found from the document and the update alone.
 */
export function sectionUpdateRefusal(
  document: Y.Doc,
  currentState: () => Uint8Array,
  update: Uint8Array,
): string | null {
  const { all, setting } = settingItems(update);
  if (setting.length === 0) return null;
  const places = new PlaceFinder(document, all);
  let unknown = false;
  for (const item of setting) {
    const place = places.placeOf(item.id);
    const holds = place && places.holdsNodeProperties(place.parent);
    if (place === undefined || holds === undefined) {
      unknown = true;
      break;
    }
    if (!holds) continue;
    const refusal = itemRefusal(item, place.key);
    if (refusal) return refusal;
  }
  return unknown ? refusalOnACopy(currentState, update, setting) : null;
}

/** The slow way: apply the update to a private copy, then read each item's place there. */
function refusalOnACopy(
  currentState: () => Uint8Array,
  update: Uint8Array,
  setting: Y.Item[],
): string | null {
  const copy = new Y.Doc({ gc: false });
  try {
    Y.applyUpdate(copy, currentState());
    Y.applyUpdate(copy, update);
    if (copy.store.pendingStructs !== null) {
      return "This change builds on changes the server does not have.";
    }
    for (const sent of setting) {
      const item = itemAt(copy, sent.id);
      if (!(item instanceof Y.Item)) continue;
      const parent = item.parent;
      if (!(parent instanceof Y.AbstractType)) continue;
      const parentKey = parent._item?.parentSub ?? null;
      if (parentKey !== null && NESTED_KEYS.has(parentKey)) continue;
      const refusal = itemRefusal(item, item.parentSub);
      if (refusal) return refusal;
    }
    return null;
  } finally {
    copy.destroy();
  }
}
