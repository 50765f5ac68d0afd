import { PAGE_HTML_ATTRIBUTE } from "../../lib/page-html";
// The section as the server rendered it: shown during server rendering, on first paint, and until
// the live document has loaded, so the text never blinks out.
// `htmlKey` marks the element so the browser can read the text back (lib/page-html.tsx).
export function StaticSection({
  html,
  busy,
  htmlKey,
}: {
  html?: string;
  busy?: boolean;
  htmlKey?: string;
}) {
  if (!html) {
    return (
      <div className="editor-static" aria-busy={busy || undefined}>
        <p className="meta">Loading the section text…</p>
      </div>
    );
  }
  return (
    <div
      className="editor-static editor-content"
      aria-busy={busy || undefined}
      {...(htmlKey ? { [PAGE_HTML_ATTRIBUTE]: htmlKey } : {})}
      // Sanitised on the server (renderYDoc escapes all text and allows only known tags).
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
