// A suggestion in a section's own text: an inline element around the suggested words, like a
// comment's mark. "insert" holds words someone proposes to add; "delete" holds existing words
// someone proposes to remove (they stay in the text until an editor accepts). Because it is an
// element of the shared Y.Doc, everyone sees it live and it moves with the words through other
// people's edits. See docs/decisions/0011-suggestions.md.
import {
  $applyNodeReplacement,
  ElementNode,
  type EditorConfig,
  type LexicalNode,
  type LexicalParseJSON,
  type NodeKey,
  type SerializedElementNode,
  type Spread,
} from "lexical";

export type SuggestionKind = "insert" | "delete";

export interface SuggestionMark {
  suggestionId: string;
  authorId: string;
  kind: SuggestionKind;
  /** When the suggestion was made (ISO 8601), as the author's browser saw it. */
  createdAt: string;
}

export type SerializedSuggestionNode = Spread<SuggestionMark, SerializedElementNode>;

export class SuggestionNode extends ElementNode {
  // Every property has a default: the Yjs binding learns a node's properties from `new Node()`.
  __suggestionId: string;
  __authorId: string;
  __kind: SuggestionKind;
  __createdAt: string;

  static override getType(): string {
    return "suggestion";
  }

  static override clone(node: SuggestionNode): SuggestionNode {
    return new SuggestionNode(node.getMark(), node.__key);
  }

  constructor(mark?: SuggestionMark, key?: NodeKey) {
    super(key);
    this.__suggestionId = mark?.suggestionId ?? "";
    this.__authorId = mark?.authorId ?? "";
    this.__kind = mark?.kind ?? "insert";
    this.__createdAt = mark?.createdAt ?? "";
  }

  static override importJSON(json: LexicalParseJSON<SerializedSuggestionNode>): SuggestionNode {
    const text = (value: unknown) => (typeof value === "string" ? value : "");
    return $createSuggestionNode({
      suggestionId: text(json.suggestionId),
      authorId: text(json.authorId),
      kind: json.kind === "delete" ? "delete" : "insert",
      createdAt: text(json.createdAt),
    }).updateFromJSON(json);
  }

  override exportJSON(): SerializedSuggestionNode {
    return { ...super.exportJSON(), ...this.getMark() };
  }

  getMark(): SuggestionMark {
    const self = this.getLatest();
    return {
      suggestionId: self.__suggestionId,
      authorId: self.__authorId,
      // Anything but a deletion counts as an insertion: unknown words never reach published text.
      kind: self.__kind === "delete" ? "delete" : "insert",
      createdAt: self.__createdAt,
    };
  }

  override createDOM(config: EditorConfig): HTMLElement {
    const mark = this.getMark();
    const element = document.createElement(mark.kind === "delete" ? "del" : "ins");
    const theme = config.theme as { suggestionInsert?: string; suggestionDelete?: string };
    const className = mark.kind === "delete" ? theme.suggestionDelete : theme.suggestionInsert;
    if (className) element.className = className;
    element.dataset.suggestionId = mark.suggestionId;
    element.dataset.suggestionAuthor = mark.authorId;
    return element;
  }

  override updateDOM(previous: SuggestionNode): boolean {
    // <ins> and <del> are different tags: a changed kind needs a new element.
    return previous.__kind !== this.__kind || previous.__suggestionId !== this.__suggestionId;
  }

  override isInline(): true {
    return true;
  }

  override canBeEmpty(): false {
    return false;
  }

  override canInsertTextBefore(): false {
    return false;
  }

  override canInsertTextAfter(): false {
    return false;
  }

  override excludeFromCopy(destination: "clone" | "html"): boolean {
    return destination !== "clone";
  }
}

export function $createSuggestionNode(mark: SuggestionMark): SuggestionNode {
  return $applyNodeReplacement(new SuggestionNode(mark));
}

export function $isSuggestionNode(node: LexicalNode | null | undefined): node is SuggestionNode {
  return node instanceof SuggestionNode;
}
