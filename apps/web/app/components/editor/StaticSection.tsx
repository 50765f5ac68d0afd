// The section as the server rendered it: shown during server rendering, on first paint, and until
// the live document has loaded, so the text never blinks out.
export function StaticSection({ html, busy }: { html?: string; busy?: boolean }) {
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
      // Sanitised on the server (renderYDoc escapes all text and allows only known tags).
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
