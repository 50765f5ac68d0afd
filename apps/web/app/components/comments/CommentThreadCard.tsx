// One thread: the words it is about, its comments, a reply box and resolve / reopen.
import { useEffect, useState } from "react";
import { useFetcher } from "react-router";
import { formatDateTime } from "@coproduce/shared/labels";
import { ErrorSummary } from "../ErrorSummary";
import { CommentBody } from "./CommentBody";
import { markElementOf, type CommentUi } from "./comment-ui";
import { MentionTextarea } from "./MentionTextarea";
import type { CommentActionResult, ThreadView } from "./types";

export function CommentThreadCard({
  thread,
  action,
  canComment,
  peopleUrl,
  ui,
}: {
  thread: ThreadView;
  action: string;
  canComment: boolean;
  /** Where the @ picker asks for matching people. */
  peopleUrl: string;
  ui: CommentUi;
}) {
  const reply = useFetcher<CommentActionResult>();
  const status = useFetcher<CommentActionResult>();
  const [replyKey, setReplyKey] = useState(0);
  useEffect(() => {
    if (reply.data && "ok" in reply.data) setReplyKey((key) => key + 1);
  }, [reply.data]);

  const titleId = `thread-${thread.id}-title`;
  const active = ui.activeThreadId === thread.id;
  const open = thread.status === "open";
  const replyErrors = reply.data && "formError" in reply.data ? reply.data : undefined;
  const statusErrors = status.data && "formError" in status.data ? status.data : undefined;

  function showInText() {
    ui.setActiveThreadId(thread.id);
    markElementOf(thread.id)?.scrollIntoView({ block: "center" });
  }

  return (
    <article
      id={`thread-${thread.id}`}
      className={`comment-thread${active ? " comment-thread-active" : ""}`}
      data-status={thread.status}
      aria-labelledby={titleId}
    >
      <h3 id={titleId} className="comment-quote">
        <span className="visually-hidden">Comments on </span>
        <q>{thread.quote}</q>
      </h3>
      {!open && (
        <p className="meta">
          Resolved{thread.resolvedByName ? ` by ${thread.resolvedByName}` : ""}
          {thread.resolvedAt ? `, ${formatDateTime(thread.resolvedAt)}` : ""}.
        </p>
      )}
      {open && (
        <button type="button" className="link-button" onClick={showInText}>
          Show in the text
        </button>
      )}
      <ol className="comment-list">
        {thread.comments.map((comment) => (
          <li key={comment.id}>
            <p className="meta">
              <strong>{comment.author.name}</strong>,{" "}
              <time dateTime={new Date(comment.createdAt).toISOString()}>
                {formatDateTime(comment.createdAt)}
              </time>
            </p>
            <CommentBody body={comment.body} />
          </li>
        ))}
      </ol>
      {canComment && open && (
        <reply.Form method="post" action={action} key={replyKey}>
          <input type="hidden" name="intent" value="reply" />
          <input type="hidden" name="threadId" value={thread.id} />
          <ErrorSummary message={replyErrors?.formError} />
          <MentionTextarea
            label="Reply"
            name="body"
            peopleUrl={peopleUrl}
            error={replyErrors?.fieldErrors.body}
          />
          <button type="submit" className="button" disabled={reply.state !== "idle"}>
            Send reply
          </button>
        </reply.Form>
      )}
      {thread.canResolve && (
        <status.Form method="post" action={action} className="thread-status-form">
          <input type="hidden" name="intent" value={open ? "resolve" : "reopen"} />
          <input type="hidden" name="threadId" value={thread.id} />
          <ErrorSummary message={statusErrors?.formError} />
          <button
            type="submit"
            className="button button-secondary"
            disabled={status.state !== "idle"}
          >
            {open ? "Resolve" : "Reopen"}
          </button>
        </status.Form>
      )}
    </article>
  );
}
