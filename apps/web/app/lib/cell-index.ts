// Looks adoption cells up by partnership and section in constant time: a matrix page has
// hundreds of cells, and a search through the list for each would grow with the square.
export function cellIndex<T extends { partnershipId: string; sectionId: string }>(cells: T[]) {
  const byKey = new Map(cells.map((c) => [`${c.partnershipId} ${c.sectionId}`, c]));
  return (partnershipId: string, sectionId: string) => byKey.get(`${partnershipId} ${sectionId}`);
}
