// The section's text, live and shared. Lexical needs a browser, so this renders the
// server-made HTML during server rendering and on first paint, then loads the editor module
// after hydration and swaps to it once the document has loaded.
import { lazy, Suspense, useSyncExternalStore } from "react";
import { StaticSection } from "./StaticSection";
import { usePageHtml } from "../../lib/page-html";
import type { SectionEditorProps } from "./types";

const LiveEditor = lazy(() => import("./LiveEditor"));

const subscribeNever = () => () => {};

/** False on the server and during hydration, true afterwards. */
function useIsClient(): boolean {
  return useSyncExternalStore(
    subscribeNever,
    () => true,
    () => false,
  );
}

export function SectionEditor(props: SectionEditorProps) {
  const isClient = useIsClient();
  const initialHtml = usePageHtml(props.documentName, props.initialHtml);
  const fallback = (
    <div className="section-editor">
      <StaticSection html={initialHtml} busy={isClient} htmlKey={props.documentName} />
    </div>
  );
  if (!isClient) return fallback;
  return (
    <Suspense fallback={fallback}>
      {/* A new document is a new editor: a mounted binding cannot be repointed. */}
      <LiveEditor key={props.documentName} {...props} initialHtml={initialHtml} />
    </Suspense>
  );
}
