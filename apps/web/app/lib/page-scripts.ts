// Public read-only pages (the published Toolbox, "you said, we did", the feedback forms, the
// join page) work without JavaScript, and most of their readers are on phones: they send no
// scripts at all. A route opts out with `export const handle = withoutScripts;`; the root
// layout then leaves out React Router's scripts (no hydration), so the page is plain HTML and
// forms post as ordinary forms. Links still work: each is a full page load.
import { useMatches } from "react-router";

export const withoutScripts = { scripts: false } as const;

/** Whether this page loads React Router's scripts: false when any matched route opts out. */
export function usePageScripts(): boolean {
  return !useMatches().some(
    (match) => (match.handle as { scripts?: boolean } | undefined)?.scripts === false,
  );
}
