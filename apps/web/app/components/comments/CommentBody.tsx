// A comment's text. Always rendered as React text (escaped), never as HTML: whatever markup
// someone types is shown as the characters they typed. Line breaks are kept by CSS.
export function CommentBody({ body }: { body: string }) {
  return <p className="comment-body">{body}</p>;
}
