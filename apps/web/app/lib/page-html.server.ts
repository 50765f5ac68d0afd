// The loader side of page-html.tsx: on a full page load, long HTML goes to the server render
// only (returns null); on a data request (client-side navigation) it is returned as data.
import type { AppLoadContext } from "react-router";

export function htmlForPage(context: AppLoadContext, key: string, html: string): string | null {
  if (!context.documentRequest) return html;
  context.pageHtml.set(key, html);
  return null;
}
