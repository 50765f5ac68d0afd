export { CommentsPanel } from "./CommentsPanel";
export { useCommentUi, type CommentUi } from "./comment-ui";
export type { ThreadView } from "./types";
