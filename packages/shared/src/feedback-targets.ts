// What a piece of feedback is about (`?on=` in the feedback forms' address) and what a "you
// said, we did" response says changed (the value of its "what changed" choice), as the short
// strings links and forms carry: `section:<id>`, `partnership:<id>`, `release:<version>`.
// They look like live-document names but are not (see document-names.ts); they are made and read
// only here, so one search finds every place a `section:` string is built. Browser-safe.

/** What feedback is about: a Toolbox section, a partnership's delivery model, or the programme. */
export type FeedbackTarget =
  { type: "section"; id: string } | { type: "partnership"; id: string } | { type: "programme" };

/** The `on` value of a feedback form's address for `target`. */
export function feedbackTargetParam(target: FeedbackTarget): string {
  return target.type === "programme" ? "programme" : `${target.type}:${target.id}`;
}

/** "section:<id>", "partnership:<id>", or anything else for the programme as a whole. */
export function parseFeedbackTarget(on: string | null): FeedbackTarget {
  const [type, id] = (on ?? "").split(":", 2);
  if ((type === "section" || type === "partnership") && id) return { type, id };
  return { type: "programme" };
}

/** What a "you said, we did" response can say changed. */
export interface ChangedThing {
  type: "section" | "release" | "partnership";
  /** A section's or partnership's id, or a release's version. */
  id: string;
}

const CHANGED_TYPES: readonly ChangedThing["type"][] = ["section", "release", "partnership"];

/** The form value that stands for `thing` in the "what changed" choice. */
export function changedThingValue(thing: ChangedThing): string {
  return `${thing.type}:${thing.id}`;
}

/** What a "what changed" form value stands for, or null if it is not one. */
export function parseChangedThing(value: string): ChangedThing | null {
  const colon = value.indexOf(":");
  if (colon < 0) return null;
  const type = CHANGED_TYPES.find((t) => t === value.slice(0, colon));
  const id = value.slice(colon + 1);
  return type && id ? { type, id } : null;
}
