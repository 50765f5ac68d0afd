// What the comments panel shows, as the section page's loader provides it: the router's own
// answer, inferred, so a field added or renamed there cannot drift from here.
import type { CallerOutputs } from "@coproduce/api";

export type ThreadView = CallerOutputs["comments"]["threads"]["threads"][number];
export type CommentView = ThreadView["comments"][number];

/** What the comments action answers to the panel's forms. */
export type CommentActionResult =
  | { ok: true; threadId?: string }
  | { formError: string; fieldErrors: Record<string, string | undefined> };
