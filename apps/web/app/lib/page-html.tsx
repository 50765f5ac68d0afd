// Long server-made HTML (a section's text) goes into a page once, not twice. React Router puts
// everything a loader returns into the page a second time, as data for hydration; for a
// 50,000-word section that doubled the page. So on a full page load the loader hands the HTML
// to the server render through this context (see page-html.server.ts) and returns none, and in
// the browser the component reads it back from the element the server rendered. On a
// client-side navigation there is no such element, and the loader returns the HTML as data.
import { createContext, useContext, useState } from "react";

/** Server render only: the HTML the loaders kept out of the hydration data, by key. */
export const PageHtmlContext = createContext<ReadonlyMap<string, string> | null>(null);

/** The attribute that marks the element holding a key's HTML. */
export const PAGE_HTML_ATTRIBUTE = "data-page-html";

/**
 * The HTML for `key`: `html` when the loader sent it, otherwise what the server render was
 * given (on the server) or rendered (in the browser, while hydrating). Read once per mount.
 */
export function usePageHtml(key: string, html: string | null | undefined): string | undefined {
  const serverHtml = useContext(PageHtmlContext);
  const [value] = useState(() => {
    if (typeof html === "string") return html;
    if (serverHtml) return serverHtml.get(key);
    if (typeof document === "undefined") return undefined;
    const element = document.querySelector(`[${PAGE_HTML_ATTRIBUTE}="${CSS.escape(key)}"]`);
    return element?.innerHTML;
  });
  return value;
}
