// The live, collaborative editor. Browser only: SectionEditor loads this module after hydration.
import { editorNodes, editorTheme, editorTransformers } from "@coproduce/editor";
import { CheckListPlugin } from "@lexical/react/LexicalCheckListPlugin";
import { LexicalCollaboration } from "@lexical/react/LexicalCollaborationContext";
import { CollaborationPlugin } from "@lexical/react/LexicalCollaborationPlugin";
import { LexicalComposer, type InitialConfigType } from "@lexical/react/LexicalComposer";
import { useLexicalComposerContext } from "@lexical/react/LexicalComposerContext";
import { ContentEditable } from "@lexical/react/LexicalContentEditable";
import { LexicalErrorBoundary } from "@lexical/react/LexicalErrorBoundary";
import { LinkPlugin } from "@lexical/react/LexicalLinkPlugin";
import { ListPlugin } from "@lexical/react/LexicalListPlugin";
import { MarkdownShortcutPlugin } from "@lexical/react/LexicalMarkdownShortcutPlugin";
import { RichTextPlugin } from "@lexical/react/LexicalRichTextPlugin";
import { TablePlugin } from "@lexical/react/LexicalTablePlugin";
import type { Provider } from "@lexical/yjs";
import { useCallback, useEffect, useId, useRef, useState } from "react";
import * as Y from "yjs";
import { isSafeLinkUrl, registerContentRules } from "@coproduce/editor";
import { createHocuspocusAdapter, type HocuspocusAdapter } from "./hocuspocus-adapter";
import { CommentMarksPlugin } from "../comments/CommentMarksPlugin";
import { SuggestingPlugin } from "../suggestions/SuggestingPlugin";
import { SuggestionMarksPlugin } from "../suggestions/SuggestionMarksPlugin";
import { ModeSwitch, type EditMode } from "../suggestions/ModeSwitch";
import { Presence } from "./Presence";
import { SaveStatus } from "./SaveState";
import { StaticSection } from "./StaticSection";
import { HorizontalRuleCommandPlugin, Toolbar } from "./Toolbar";
import type { SectionEditorProps } from "./types";

function defaultCollabUrl(): string {
  const protocol = window.location.protocol === "https:" ? "wss:" : "ws:";
  return `${protocol}//${window.location.host}/collab`;
}

/** Keeps Lexical's editable flag in step with the role and the server's granted scope. */
function EditablePlugin({ editable }: { editable: boolean }) {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    editor.setEditable(editable);
  }, [editor, editable]);
  return null;
}

/**
 * Clears inline styles and other links than ours before a change is sent: the server refuses
 * (and disconnects) any change that carries them.
 */
function ContentRulesPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => registerContentRules(editor), [editor]);
  return null;
}

function isDocEmpty(doc: Y.Doc): boolean {
  return doc.get("root", Y.XmlText).length === 0;
}

export default function LiveEditor({
  documentName,
  collabUrl,
  user,
  editable,
  initialHtml,
  comments,
  suggestions,
}: SectionEditorProps) {
  const [adapter, setAdapter] = useState<HocuspocusAdapter | null>(null);
  const [ready, setReady] = useState(false);
  const [readOnlyScope, setReadOnlyScope] = useState(false);
  const adapterRef = useRef<HocuspocusAdapter | null>(null);
  const destroyTimer = useRef<number | null>(null);
  const cursorsRef = useRef<HTMLDivElement | null>(null);
  const noteId = useId();
  const canEdit = editable && !readOnlyScope;
  // Editors start in Editing and may switch; people who may only suggest are always Suggesting.
  const canEditDirectly = suggestions ? suggestions.canEditDirectly : true;
  const [chosenMode, setChosenMode] = useState<EditMode>("editing");
  const mode: EditMode = canEditDirectly ? chosenMode : "suggesting";
  const suggesting = canEdit && mode === "suggesting" && !!suggestions;

  // CollaborationPlugin calls this once per mount (it guards against StrictMode re-runs).
  const providerFactory = useCallback(
    (id: string, yjsDocMap: Map<string, Y.Doc>): Provider => {
      adapterRef.current?.destroy();
      const doc = new Y.Doc();
      yjsDocMap.set(id, doc);
      const created = createHocuspocusAdapter({
        url: collabUrl ?? defaultCollabUrl(),
        documentName: id,
        doc,
      });
      adapterRef.current = created;
      setAdapter(created);
      return created;
    },
    [collabUrl],
  );

  // Free the socket, IndexedDB handle and Y.Doc on unmount. Deferred one tick so StrictMode's
  // unmount-and-remount in development keeps the same adapter (CollaborationPlugin reuses it).
  useEffect(() => {
    if (destroyTimer.current !== null) {
      window.clearTimeout(destroyTimer.current);
      destroyTimer.current = null;
    }
    return () => {
      destroyTimer.current = window.setTimeout(() => {
        adapterRef.current?.destroy();
        adapterRef.current = null;
      }, 0);
    };
  }, []);

  // Show the live editor once the server has sent the document, or once this device's copy has
  // loaded and is not empty (offline reload). Until then the server-rendered HTML stays.
  useEffect(() => {
    if (!adapter) return;
    let cancelled = false;
    const onSync = (isSynced: boolean) => {
      if (isSynced && !cancelled) setReady(true);
    };
    adapter.on("sync", onSync);
    void adapter.whenLocalCopyLoaded.then(() => {
      if (!cancelled && !isDocEmpty(adapter.doc)) setReady(true);
    });
    const onAuthenticated = ({ scope }: { scope: string }) =>
      setReadOnlyScope(scope === "readonly");
    adapter.hocuspocus.on("authenticated", onAuthenticated);
    return () => {
      cancelled = true;
      adapter.off("sync", onSync);
      adapter.hocuspocus.off("authenticated", onAuthenticated);
    };
  }, [adapter]);

  const [initialConfig] = useState<InitialConfigType>(() => ({
    namespace: "coproduce-section",
    nodes: [...editorNodes],
    theme: editorTheme,
    // Must be null with CollaborationPlugin: the content comes from the Y.Doc.
    editorState: null,
    editable,
    onError: (error: Error) => {
      console.error(error);
    },
  }));

  return (
    <LexicalCollaboration>
      <LexicalComposer initialConfig={initialConfig}>
        <div className="section-editor" data-ready={ready ? "true" : "false"}>
          <div className="editor-bar">
            <Presence adapter={adapter} />
            {canEdit && <SaveStatus adapter={adapter} />}
          </div>
          {canEdit && suggestions && (
            <ModeSwitch mode={mode} onChange={setChosenMode} canEditDirectly={canEditDirectly} />
          )}
          {canEdit ? (
            !suggesting && <Toolbar ready={ready} />
          ) : (
            <p className="editor-readonly-note" id={noteId}>
              You can read this section. Editors can change it.
            </p>
          )}
          {!ready && <StaticSection html={initialHtml ?? undefined} busy />}
          <div className="editor-surface" hidden={!ready}>
            <RichTextPlugin
              contentEditable={
                <ContentEditable
                  className="editor-content"
                  aria-label="Section text"
                  aria-multiline
                  aria-describedby={canEdit ? undefined : noteId}
                />
              }
              ErrorBoundary={LexicalErrorBoundary}
            />
            {/* Others' carets and names are drawn here, not on the page's body, so a name near
                the right edge is clipped by the editor instead of making a phone page scroll
                sideways. */}
            <div ref={cursorsRef} className="editor-cursors" />
          </div>
          <EditablePlugin editable={canEdit} />
          <ContentRulesPlugin />
          <ListPlugin />
          <CheckListPlugin />
          <LinkPlugin validateUrl={isSafeLinkUrl} attributes={{ rel: "noopener noreferrer" }} />
          <TablePlugin />
          <HorizontalRuleCommandPlugin />
          {!suggesting && <MarkdownShortcutPlugin transformers={editorTransformers} />}
          {suggesting && <SuggestingPlugin authorId={suggestions.authorId} />}
          {suggestions && <SuggestionMarksPlugin list={suggestions.list} />}
          {comments && <CommentMarksPlugin ui={comments} />}
          <CollaborationPlugin
            id={documentName}
            providerFactory={providerFactory}
            shouldBootstrap={false}
            username={user.name}
            cursorColor={user.color}
            cursorsContainerRef={cursorsRef}
          />
        </div>
      </LexicalComposer>
    </LexicalCollaboration>
  );
}
