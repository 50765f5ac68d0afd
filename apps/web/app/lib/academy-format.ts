// Dates and times for Change Academy pages. Times are entered and shown in UTC for now, so the
// server and the browser always render the same text (see docs/architecture.md).
import { ACTIVITY_KIND_LABELS, OUTPUT_KIND_LABELS } from "@coproduce/db/vocabulary";

const timeFormat = new Intl.DateTimeFormat("en-GB", {
  hour: "2-digit",
  minute: "2-digit",
  timeZone: "UTC",
});
const dateFormat = new Intl.DateTimeFormat("en-GB", {
  weekday: "short",
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});

export function formatTime(value: Date | string): string {
  return timeFormat.format(new Date(value));
}

export function formatDay(value: Date | string): string {
  return dateFormat.format(new Date(value));
}

/** The value a datetime-local input shows for a date (UTC). */
export function dateTimeInputValue(value: Date | string): string {
  return new Date(value).toISOString().slice(0, 16);
}

/** A datetime-local value (no zone) read as UTC. */
export function utcFromInput(value: string): string {
  return value && !/[zZ]|[+-]\d\d:\d\d$/.test(value) ? `${value}:00Z` : value;
}

export function activityKindLabel(kind: string): string {
  return ACTIVITY_KIND_LABELS[kind as keyof typeof ACTIVITY_KIND_LABELS] ?? kind;
}

export function outputKindLabel(kind: string): string {
  return OUTPUT_KIND_LABELS[kind as keyof typeof OUTPUT_KIND_LABELS] ?? kind;
}
