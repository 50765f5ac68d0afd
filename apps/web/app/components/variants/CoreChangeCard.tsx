// One change of the core since a local version's base: the old core words, the new core words
// and the local words side by side (stacked on a phone), with "Bring in" and "Keep ours".
import { Form } from "react-router";
import type { CallerOutputs } from "@coproduce/api";
import { ErrorSummary } from "../ErrorSummary";

type Change = CallerOutputs["variants"]["get"]["changes"][number];

function Paragraphs({ paragraphs, empty }: { paragraphs: string[]; empty: string }) {
  if (paragraphs.length === 0) return <p className="hint">{empty}</p>;
  return paragraphs.map((text, index) => <p key={index}>{text}</p>);
}

export function CoreChangeCard({
  number,
  change,
  oldLabel,
  newLabel,
  canEdit,
  busy,
  error,
}: {
  number: number;
  change: Change;
  oldLabel: string;
  newLabel: string;
  canEdit: boolean;
  busy: boolean;
  error?: string;
}) {
  const headingId = `change-${change.key}`;
  return (
    <article className="card core-change" aria-labelledby={headingId}>
      <h3 id={headingId}>Change {number}</h3>
      <ErrorSummary message={error} />
      <div className="three-way">
        <div>
          <h4>{oldLabel}</h4>
          <Paragraphs paragraphs={change.oldParagraphs} empty="Nothing here." />
        </div>
        <div>
          <h4>{newLabel}</h4>
          <Paragraphs paragraphs={change.newParagraphs} empty="Taken out." />
        </div>
        <div>
          <h4>Yours</h4>
          {change.localRange ? (
            <Paragraphs paragraphs={change.localParagraphs} empty="Nothing here yet." />
          ) : (
            <p className="hint">You have changed this part yourselves.</p>
          )}
        </div>
      </div>
      {canEdit && (
        <Form method="post" className="button-row">
          <input type="hidden" name="changeKey" value={change.key} />
          {change.localRange && (
            <button type="submit" name="intent" value="bringIn" className="button" disabled={busy}>
              Bring in the core&rsquo;s change
            </button>
          )}
          <button
            type="submit"
            name="intent"
            value="keepOurs"
            className="button button-secondary"
            disabled={busy}
          >
            Keep ours
          </button>
        </Form>
      )}
    </article>
  );
}
