// The one list of Lexical node classes a section's text may contain. The browser editor, the
// server's headless renderer and the seeding code all register exactly these, so a document
// written by one can always be read by the others.
//
// Every class here is free of React: HorizontalRuleNode comes from @lexical/extension (the React
// flavour in @lexical/react subclasses it under the same "horizontalrule" type, so the two cannot
// be registered together). The browser inserts rules with its own small command handler.
import { CodeHighlightNode, CodeNode } from "@lexical/code-core";
import { HorizontalRuleNode } from "@lexical/extension";
import { AutoLinkNode, LinkNode } from "@lexical/link";
import { ListItemNode, ListNode } from "@lexical/list";
import { MarkNode } from "@lexical/mark";
import { HeadingNode, QuoteNode } from "@lexical/rich-text";
import { TableCellNode, TableNode, TableRowNode } from "@lexical/table";
import type { Klass, LexicalNode } from "lexical";
import { SuggestionNode } from "./suggestions/suggestion-node.js";

export const editorNodes: ReadonlyArray<Klass<LexicalNode>> = [
  HeadingNode,
  QuoteNode,
  ListNode,
  ListItemNode,
  LinkNode,
  AutoLinkNode,
  TableNode,
  TableCellNode,
  TableRowNode,
  HorizontalRuleNode,
  // Markdown shortcuts (``` …) and markdown import create code blocks.
  CodeNode,
  CodeHighlightNode,
  // Comment anchors: an inline element around the commented words, its id the thread's id. As
  // an element it lives in the shared Y.Doc, so it moves with the words through others' edits.
  MarkNode,
  // Suggested insertions and deletions, in the text itself (docs/decisions/0011-suggestions.md).
  SuggestionNode,
];

/** Heading levels a section may use: the page title is the only h1. */
export const SECTION_HEADING_TAGS = ["h2", "h3"] as const;
