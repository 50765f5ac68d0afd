// Dates and times for Change Academy pages, in UK time (Europe/London, GMT or BST) on the server
// and in the browser alike, whatever the zone of either (see @coproduce/shared/uk-time).
import { ACTIVITY_KIND_LABELS, OUTPUT_KIND_LABELS } from "@coproduce/shared/vocabulary";
import { formatUkDay, formatUkTime, ukDateTimeInputValue } from "@coproduce/shared/uk-time";

/** "14:05", UK time. */
export const formatTime = formatUkTime;

/** "Mon, 1 June 2026", the UK day. */
export const formatDay = formatUkDay;

/** "Mon, 1 June 2026, 10:00–12:00 UK time". */
export function formatSessionTimes(startsAt: Date | string, endsAt: Date | string): string {
  return `${formatUkDay(startsAt)}, ${formatUkTime(startsAt)}–${formatUkTime(endsAt)} UK time`;
}

/** The value a datetime-local input shows for an instant, in UK time. */
export const dateTimeInputValue = ukDateTimeInputValue;

export function activityKindLabel(kind: string): string {
  return ACTIVITY_KIND_LABELS[kind as keyof typeof ACTIVITY_KIND_LABELS] ?? kind;
}

export function outputKindLabel(kind: string): string {
  return OUTPUT_KIND_LABELS[kind as keyof typeof OUTPUT_KIND_LABELS] ?? kind;
}
