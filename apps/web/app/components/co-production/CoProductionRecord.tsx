// A section's co-production record for members: each group that took part, how many of its
// people did what, and who they are; the groups nobody came from; and a warning when no
// service user or carer has had a part yet.
import type { CallerOutputs } from "@coproduce/api";
import {
  CO_PRODUCTION_ACTIVITY_LABELS,
  activityPhrase,
  type ActivityCounts,
} from "./activity-labels";
import { countOf } from "@coproduce/shared/count-of";

/** A section's live record; a release's frozen records have the same shape. */
type RecordView = CallerOutputs["coProduction"]["section"];

function countsPhrase(counts: ActivityCounts): string {
  return CO_PRODUCTION_ACTIVITY_LABELS.filter((a) => counts[a.key] > 0)
    .map((a) => `${a.verb} ${counts[a.key]}`)
    .join(", ");
}

export function CoProductionRecord({ record }: { record: RecordView }) {
  const tookPart = record.groups.filter((g) => g.people > 0);
  const missing = record.groups.filter((g) => g.people === 0 && g.key !== null);
  return (
    <div className="co-production">
      {!record.livedExperience && (
        <p className="notice notice-warning">
          No service user or carer has had a part in this yet.
        </p>
      )}
      {tookPart.length === 0 ? (
        <p>Nobody has drafted, commented, suggested, reviewed or approved this yet.</p>
      ) : (
        <ul className="co-production-groups">
          {tookPart.map((group) => (
            <li key={group.key ?? "none"}>
              <strong>{group.name}</strong>: {countOf(group.people, "person", "people")} (
              {countsPhrase(group.counts)})
              {group.names && group.names.length > 0 && (
                <ul>
                  {group.names.map((person) => (
                    <li key={person.name}>
                      {person.name} {activityPhrase(person.activities)}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      )}
      {missing.length > 0 && (
        <p className="hint">Nobody yet from: {missing.map((g) => g.name).join(", ")}.</p>
      )}
    </div>
  );
}
