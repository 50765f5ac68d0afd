// What the comments panel shows, as the section page's loader provides it.
export interface CommentView {
  id: string;
  author: { id: string; name: string };
  body: string;
  createdAt: Date | string;
}

export interface ThreadView {
  id: string;
  quote: string;
  status: "open" | "resolved";
  createdAt: Date | string;
  author: { id: string; name: string };
  resolvedByName: string | null;
  resolvedAt: Date | string | null;
  canResolve: boolean;
  comments: CommentView[];
}

/** What the comments action answers to the panel's forms. */
export type CommentActionResult =
  | { ok: true; threadId?: string }
  | { formError: string; fieldErrors: Record<string, string | undefined> };
