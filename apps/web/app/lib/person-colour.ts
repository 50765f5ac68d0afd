// A stable colour per person for cursors and avatars. Each has at least 4.5:1 contrast with
// white text, so names on coloured labels stay readable.
const COLOURS = [
  "#005eb8",
  "#007f3b",
  "#8a1538",
  "#330072",
  "#7c2855",
  "#00528a",
  "#6b4100",
  "#005a5b",
];

export function personColour(userId: string): string {
  let hash = 0;
  for (const char of userId) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return COLOURS[hash % COLOURS.length]!;
}
