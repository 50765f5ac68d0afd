// Markdown renderers pass raw HTML through, so text that looks like a tag ("<script>") must
// reach a Markdown file escaped. Our editor has no raw-HTML node: every "<" in its Markdown
// comes from text, and a backslash keeps it literal (CommonMark escapes any ASCII punctuation).
export function escapeHtmlInMarkdown(markdown: string): string {
  return markdown.replace(/[<>]/g, (character) => `\\${character}`);
}
