import type { CommentUi } from "../comments/comment-ui";
import type { SuggestionList } from "../suggestions/types";

export interface SectionEditorProps {
  /** The collab document, `section:<sectionId>`. */
  documentName: string;
  /** ws(s)://<host>/collab. Defaults to /collab on the page's own host (computed in the browser). */
  collabUrl?: string;
  /** Shown to others beside your cursor and in their "Here now" list. */
  user: { name: string; color: string };
  /** False for viewers: read-only (the server enforces this too). */
  editable: boolean;
  /**
   * Server-rendered, sanitised HTML shown until the live document has loaded; null when the
   * server render has it and the page holds it (lib/page-html.tsx).
   */
  initialHtml?: string | null;
  /** Highlights comment threads' words and reports selections to the comments panel. */
  comments?: CommentUi;
  /**
   * Suggestions: who is suggesting, whether they may also edit directly (editors toggle
   * Editing / Suggesting; everyone else only suggests), and the list the page knows.
   */
  suggestions?: { authorId: string; canEditDirectly: boolean; list: SuggestionList };
}
