// The section's comments beside the text (below it on a phone): open threads, a form to start
// one on selected words, and resolved threads on request.
import { useEffect, useId, useState } from "react";
import type { CommentUi } from "./comment-ui";
import { CommentThreadCard } from "./CommentThreadCard";
import { NewThreadForm } from "./NewThreadForm";
import type { ThreadView } from "./types";
import { countOf } from "@coproduce/shared/count-of";

export function CommentsPanel({
  programmeSlug,
  sectionId,
  canComment,
  threads,
  peopleUrl,
  ui,
}: {
  programmeSlug: string;
  sectionId: string;
  canComment: boolean;
  threads: ThreadView[];
  /** Where the @ picker asks for matching people. */
  peopleUrl: string;
  ui: CommentUi;
}) {
  const headingId = useId();
  const [showResolved, setShowResolved] = useState(false);
  const action = `/p/${programmeSlug}/toolbox/${sectionId}/comments`;
  const openThreads = threads.filter((thread) => thread.status === "open");
  const resolvedCount = threads.length - openThreads.length;
  const shown = showResolved ? threads : openThreads;

  // A link to #thread-<id> (from a notification) opens that thread, resolved or not.
  const { setActiveThreadId } = ui;
  useEffect(() => {
    const match = /^#thread-(.+)$/.exec(window.location.hash);
    const target = match && threads.find((thread) => thread.id === match[1]);
    if (!target) return;
    if (target.status !== "open") setShowResolved(true);
    setActiveThreadId(target.id);
    requestAnimationFrame(() =>
      document.getElementById(`thread-${target.id}`)?.scrollIntoView({ block: "start" }),
    );
    // Only when the page opens: later changes to the threads must not move the view.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  return (
    <section className="comments-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>Comments</h2>
      <p className="meta">{countOf(openThreads.length, "open thread", "open threads")}</p>
      {canComment ? (
        <NewThreadForm action={action} ui={ui} peopleUrl={peopleUrl} />
      ) : (
        <p className="hint">You can read comments. Contributors and editors can add them.</p>
      )}
      {resolvedCount > 0 && (
        <label className="checkbox-label">
          <input
            type="checkbox"
            checked={showResolved}
            onChange={(event) => setShowResolved(event.target.checked)}
          />{" "}
          Show resolved ({resolvedCount})
        </label>
      )}
      {shown.length === 0 ? (
        <p>No open comments on this section.</p>
      ) : (
        <ol className="comment-threads">
          {shown.map((thread) => (
            <li key={thread.id}>
              <CommentThreadCard
                thread={thread}
                action={action}
                canComment={canComment}
                peopleUrl={peopleUrl}
                ui={ui}
              />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
