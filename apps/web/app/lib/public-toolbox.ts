// Addresses in the public Toolbox. The latest release has short addresses that keep working
// when a new release comes out; each release also has its own permanent addresses.
export function toolboxPath(slug: string, version?: string | null): string {
  return version ? `/toolbox/${slug}/releases/${encodeURIComponent(version)}` : `/toolbox/${slug}`;
}

export function publicSectionPath(
  slug: string,
  sectionId: string,
  version?: string | null,
): string {
  return `${toolboxPath(slug, version)}/sections/${sectionId}`;
}

export function downloadPath(slug: string, version: string, file: string): string {
  return `${toolboxPath(slug, version)}/download/${encodeURIComponent(file)}`;
}
