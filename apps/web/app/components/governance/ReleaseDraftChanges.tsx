// The next release as a draft: what publishing now would change since the last release,
// section by section, with inserted and deleted words marked. The diff HTML is built on the
// server from escaped text (packages/api/src/services/version-diff.ts).
import type { CallerOutputs } from "@coproduce/api";
import { countOf } from "@coproduce/shared/count-of";

type Draft = CallerOutputs["governance"]["signOff"]["changes"];

const CHANGE_LABELS = {
  added: "New in this release",
  changed: "Changed",
  removed: "Left out of this release",
  unchanged: "No change",
} as const;

export function ReleaseDraftChanges({ draft }: { draft: Draft }) {
  const changed = draft.changes.filter((section) => section.change !== "unchanged");
  const unchanged = draft.changes.length - changed.length;
  return (
    <section className="card" aria-labelledby="draft-heading">
      <h2 id="draft-heading">
        {draft.since ? `What changes since release ${draft.since}` : "What the first release holds"}
      </h2>
      {changed.length === 0 ? (
        <p>Nothing has changed since the last release.</p>
      ) : (
        <p>
          {countOf(changed.length, "section changes", "sections change")}
          {unchanged > 0 ? `; ${unchanged} stay as they were.` : "."}
        </p>
      )}
      {changed.map((section) => (
        <article
          key={section.sectionId}
          className="draft-change"
          aria-labelledby={`draft-${section.sectionId}`}
        >
          <h3 id={`draft-${section.sectionId}`}>
            {section.title}{" "}
            <span className={`badge badge-change-${section.change}`}>
              {CHANGE_LABELS[section.change]}
            </span>
          </h3>
          <p className="meta">
            {section.documentTitle}
            {section.previousTitle ? `. Renamed from "${section.previousTitle}"` : ""}.{" "}
            {section.insertedWords} words inserted, {section.deletedWords} words deleted.
          </p>
          {section.diffHtml && (
            <div
              className="version-diff"
              // Built on the server from escaped text; the only markup is ours.
              dangerouslySetInnerHTML={{ __html: section.diffHtml }}
            />
          )}
        </article>
      ))}
    </section>
  );
}
