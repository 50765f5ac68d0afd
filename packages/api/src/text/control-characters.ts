// Characters nobody types on purpose and that break things downstream: C0 and C1 control
// characters (NUL ends strings in C libraries, most are invalid in XML, so one made a Word
// download fail), DEL, and the two non-characters U+FFFE and U+FFFF. Tab and newline are kept
// where text may span lines.
/* eslint-disable no-control-regex */
const INVISIBLE_IN_ANY_TEXT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff]/g;
const LINE_BREAKS_AND_TABS = /[\t\n\r]/g;
/* eslint-enable no-control-regex */

/** Text with line endings made "\n" and every other control character removed (tab kept). */
export function cleanMultiLineText(text: string): string {
  return text.replace(/\r\n?/g, "\n").replace(INVISIBLE_IN_ANY_TEXT, "");
}

/** Text on one line: control characters removed, and tabs and line breaks made spaces. */
export function cleanSingleLineText(text: string): string {
  return text.replace(INVISIBLE_IN_ANY_TEXT, "").replace(LINE_BREAKS_AND_TABS, " ");
}
