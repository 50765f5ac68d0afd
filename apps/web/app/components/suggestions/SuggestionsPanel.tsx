// The section's suggestions beside the text (below it on a phone), like the comments: who
// suggested what and when, filterable by person and stakeholder group. Editors accept or
// reject each one, or all of one person's; the author may withdraw their own.
import { useId, useState } from "react";
import { useFetcher } from "react-router";
import { formatDateTime } from "@coproduce/shared/labels";
import { ErrorSummary } from "../ErrorSummary";
import { SuggestionWords, suggestionInWords, suggestionLabel } from "./SuggestionWords";
import type { PendingSuggestion, SuggestionActionResult, SuggestionList } from "./types";
import { countOf } from "@coproduce/shared/count-of";

/** Takes any suggestion with an author, so that pending and decided ones read the same. */
function byline(suggestion: { author: { name: string; stakeholderGroup: string | null } }) {
  const { name, stakeholderGroup } = suggestion.author;
  return stakeholderGroup ? `${name} (${stakeholderGroup})` : name;
}

function SuggestionCard({
  suggestion,
  action,
  canDecide,
}: {
  suggestion: PendingSuggestion;
  action: string;
  canDecide: boolean;
}) {
  const fetcher = useFetcher<SuggestionActionResult>();
  const errors = fetcher.data && "formError" in fetcher.data ? fetcher.data : undefined;
  const busy = fetcher.state !== "idle";
  return (
    <article
      className="suggestion-card"
      data-kind={suggestion.kind}
      aria-label={suggestionLabel(suggestion)}
    >
      <p className="suggestion-words">
        <SuggestionWords kind={suggestion.kind} text={suggestion.text} />
      </p>
      <p className="meta">
        <strong>{byline(suggestion)}</strong>
        {suggestion.suggestedAt && (
          <>
            ,{" "}
            <time dateTime={new Date(suggestion.suggestedAt).toISOString()}>
              {formatDateTime(suggestion.suggestedAt)}
            </time>
          </>
        )}
      </p>
      <ErrorSummary message={errors?.formError} />
      {(canDecide || suggestion.canWithdraw) && (
        <fetcher.Form method="post" action={action} className="suggestion-actions">
          <input type="hidden" name="suggestionId" value={suggestion.id} />
          {canDecide && (
            <>
              <button type="submit" name="intent" value="accept" className="button" disabled={busy}>
                Accept
              </button>
              <button
                type="submit"
                name="intent"
                value="reject"
                className="button button-secondary"
                disabled={busy}
              >
                Reject
              </button>
            </>
          )}
          {suggestion.canWithdraw && (
            <button
              type="submit"
              name="intent"
              value="withdraw"
              className="button button-secondary"
              disabled={busy}
            >
              Withdraw
            </button>
          )}
        </fetcher.Form>
      )}
    </article>
  );
}

export function SuggestionsPanel({
  programmeSlug,
  sectionId,
  list,
}: {
  programmeSlug: string;
  sectionId: string;
  list: SuggestionList;
}) {
  const headingId = useId();
  const personId = useId();
  const groupId = useId();
  const [person, setPerson] = useState("");
  const [group, setGroup] = useState("");
  const all = useFetcher<SuggestionActionResult>();
  const action = `/p/${programmeSlug}/toolbox/${sectionId}/suggestions`;
  const people = [...new Map(list.pending.map((s) => [s.author.id, s.author])).values()];
  const groups = [...new Set(list.pending.flatMap((s) => s.author.stakeholderGroup ?? []))];
  const shown = list.pending.filter(
    (s) => (!person || s.author.id === person) && (!group || s.author.stakeholderGroup === group),
  );
  const chosen = people.find((p) => p.id === person);
  const allErrors = all.data && "formError" in all.data ? all.data : undefined;
  const count = list.pending.length;

  return (
    <section className="suggestions-panel" id="suggestions" aria-labelledby={headingId}>
      <h2 id={headingId}>Suggestions</h2>
      <p className="meta" role="status">
        {countOf(count, "suggestion waiting", "suggestions waiting")}
      </p>
      {list.canSuggest && !list.canDecide && (
        <p className="hint">What you type is kept as a suggestion until an editor accepts it.</p>
      )}
      {count > 0 && (
        <div className="suggestion-filters">
          <label htmlFor={personId}>Person</label>
          <select id={personId} value={person} onChange={(event) => setPerson(event.target.value)}>
            <option value="">Everyone</option>
            {people.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
          {groups.length > 0 && (
            <>
              <label htmlFor={groupId}>Stakeholder group</label>
              <select id={groupId} value={group} onChange={(event) => setGroup(event.target.value)}>
                <option value="">All groups</option>
                {groups.map((g) => (
                  <option key={g} value={g}>
                    {g}
                  </option>
                ))}
              </select>
            </>
          )}
        </div>
      )}
      {list.canDecide && chosen && (
        <all.Form method="post" action={action} className="suggestion-actions">
          <input type="hidden" name="authorId" value={chosen.id} />
          <ErrorSummary message={allErrors?.formError} />
          <button
            type="submit"
            name="intent"
            value="acceptAll"
            className="button"
            disabled={all.state !== "idle"}
          >
            Accept all by {chosen.name}
          </button>
          <button
            type="submit"
            name="intent"
            value="rejectAll"
            className="button button-secondary"
            disabled={all.state !== "idle"}
          >
            Reject all by {chosen.name}
          </button>
        </all.Form>
      )}
      {shown.length === 0 ? (
        <p>No suggestions waiting{count > 0 ? " for this choice" : ""}.</p>
      ) : (
        <ol className="suggestion-list">
          {shown.map((suggestion) => (
            <li key={suggestion.id}>
              <SuggestionCard suggestion={suggestion} action={action} canDecide={list.canDecide} />
            </li>
          ))}
        </ol>
      )}
      {list.decided.length > 0 && (
        <details className="suggestions-decided">
          <summary>Decided ({list.decided.length})</summary>
          <ol className="suggestion-list">
            {list.decided.map((decided) => (
              <li key={decided.id} className="meta">
                {suggestionInWords(decided)} by {byline(decided)}: {decided.status}
                {decided.decidedByName ? ` by ${decided.decidedByName}` : ""}
                {decided.decidedAt ? `, ${formatDateTime(decided.decidedAt)}` : ""}.
              </li>
            ))}
          </ol>
        </details>
      )}
    </section>
  );
}
