// Counts in words, so every page says "1 evaluation" and "3 evaluations" the same way.

/** "1 evaluation" or "3 evaluations": `n` with the word that fits it. */
export function countOf(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}
