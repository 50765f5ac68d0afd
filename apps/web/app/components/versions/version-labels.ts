// How a version is named in lists, select boxes and headings.
import type { CallerOutputs } from "@coproduce/api";
import { formatUkDay, formatUkTime } from "@coproduce/shared/uk-time";

type Version = CallerOutputs["versions"]["list"]["versions"][number];

export function versionTitle(version: Version): string {
  if (version.kind === "named" && version.name) return `Version ${version.number}: ${version.name}`;
  if (version.kind === "restore") {
    return version.restoredFromNumber
      ? `Version ${version.number}: restored from version ${version.restoredFromNumber}`
      : `Version ${version.number}: restored`;
  }
  return `Version ${version.number}: saved automatically`;
}

/** "Mon, 1 June 2026, 14:05 UK time": the same UK time as the rest of the app. */
export function formatDateTime(value: Date | string): string {
  return `${formatUkDay(value)}, ${formatUkTime(value)} UK time`;
}
