// Starting a thread on the words selected in the text.
import { useEffect, useState } from "react";
import { useFetcher } from "react-router";
import { ErrorSummary } from "../ErrorSummary";
import type { CommentUi } from "./comment-ui";
import { MentionTextarea } from "./MentionTextarea";
import type { CommentActionResult } from "./types";

export function NewThreadForm({
  action,
  ui,
  peopleUrl,
}: {
  action: string;
  ui: CommentUi;
  /** Where the @ picker asks for matching people. */
  peopleUrl: string;
}) {
  const fetcher = useFetcher<CommentActionResult>();
  const [formKey, setFormKey] = useState(0);
  const result = fetcher.data;
  const { setSelection, setActiveThreadId } = ui;
  useEffect(() => {
    if (result && "ok" in result) {
      setSelection(null);
      setActiveThreadId(result.threadId ?? null);
      setFormKey((key) => key + 1);
    }
  }, [result, setSelection, setActiveThreadId]);

  if (!ui.selection) {
    return <p className="hint">To start a comment, select some words in the text.</p>;
  }
  const errors = result && "formError" in result ? result : undefined;
  return (
    <fetcher.Form method="post" action={action} key={formKey} className="new-thread-form">
      <input type="hidden" name="intent" value="start" />
      <input type="hidden" name="quote" value={ui.selection.quote} />
      <input type="hidden" name="prefix" value={ui.selection.prefix} />
      <p className="comment-quote">
        Commenting on: <q>{ui.selection.quote}</q>
      </p>
      <ErrorSummary message={errors?.formError} />
      <MentionTextarea
        label="Your comment"
        name="body"
        peopleUrl={peopleUrl}
        error={errors?.fieldErrors.body}
      />
      <div className="button-row">
        <button type="submit" className="button" disabled={fetcher.state !== "idle"}>
          Add comment
        </button>
        <button type="button" className="link-button" onClick={() => setSelection(null)}>
          Cancel
        </button>
      </div>
    </fetcher.Form>
  );
}
