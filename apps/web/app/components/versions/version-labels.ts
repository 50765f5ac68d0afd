// How a version is named in lists, select boxes and headings.
export interface VersionLike {
  number: number;
  kind: string;
  name: string | null;
  restoredFromNumber?: number | null;
}

export function versionTitle(version: VersionLike): string {
  if (version.kind === "named" && version.name) return `Version ${version.number}: ${version.name}`;
  if (version.kind === "restore") {
    return version.restoredFromNumber
      ? `Version ${version.number}: restored from version ${version.restoredFromNumber}`
      : `Version ${version.number}: restored`;
  }
  return `Version ${version.number}: saved automatically`;
}

export function formatDateTime(value: Date | string): string {
  return new Date(value).toLocaleString("en-GB", {
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    timeZone: "UTC",
    timeZoneName: "short",
  });
}
