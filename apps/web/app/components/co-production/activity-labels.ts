// Words for the parts a person can have in a section's text (the co-production record).
export const CO_PRODUCTION_ACTIVITY_LABELS = [
  { key: "drafted", label: "Drafted text", verb: "drafted" },
  { key: "commented", label: "Commented", verb: "commented" },
  { key: "suggested", label: "Suggested changes", verb: "suggested changes" },
  { key: "reviewed", label: "Reviewed", verb: "reviewed" },
  { key: "approved", label: "Approved", verb: "approved" },
] as const;

export type ActivityKey = (typeof CO_PRODUCTION_ACTIVITY_LABELS)[number]["key"];
export type ActivityCounts = Record<ActivityKey, number>;

const VERB = new Map<string, string>(CO_PRODUCTION_ACTIVITY_LABELS.map((a) => [a.key, a.verb]));

/** "drafted, commented and reviewed" */
export function activityPhrase(activities: readonly string[]): string {
  const verbs = activities.map((a) => VERB.get(a) ?? a);
  if (verbs.length <= 1) return verbs.join("");
  return `${verbs.slice(0, -1).join(", ")} and ${verbs.at(-1)}`;
}
