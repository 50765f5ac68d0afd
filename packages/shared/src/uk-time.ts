// UK time for the Change Academy. The programme serves an English region, so session times are
// entered and shown as Europe/London wall-clock time (GMT in winter, BST in summer) and stored as
// instants. Browser-safe: the web app imports it as "@coproduce/shared/uk-time".
import { TZDate } from "@date-fns/tz";

export const UK_TIME_ZONE = "Europe/London";

export type UkDateTimeResult =
  | { ok: true; date: Date }
  /** "invalid": not a date and time; "skipped": the hour lost when the clocks go forward. */
  | { ok: false; reason: "invalid" | "skipped" };

const WALL_CLOCK = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?$/;
const HAS_ZONE = /(?:[zZ]|[+-]\d\d:?\d\d)$/;

interface WallClock {
  year: number;
  month: number; // 1–12
  day: number;
  hour: number;
  minute: number;
}

/** The UK wall-clock reading of an instant. */
export function ukWallClock(value: Date | string): WallClock {
  const uk = new TZDate(new Date(value).getTime(), UK_TIME_ZONE);
  return {
    year: uk.getFullYear(),
    month: uk.getMonth() + 1,
    day: uk.getDate(),
    hour: uk.getHours(),
    minute: uk.getMinutes(),
  };
}

const sameClock = (a: WallClock, b: WallClock) =>
  a.year === b.year &&
  a.month === b.month &&
  a.day === b.day &&
  a.hour === b.hour &&
  a.minute === b.minute;

/**
 * Reads a datetime-local value ("2026-06-01T10:00") as UK time. A value with its own zone
 * ("…Z", "…+01:00") is taken as that instant. When the clocks go back, 1:00–2:00 happens twice:
 * we take the first (BST) one, as people planning that morning would expect.
 */
export function parseUkDateTime(value: string): UkDateTimeResult {
  const text = value.trim();
  if (HAS_ZONE.test(text)) {
    const date = new Date(text);
    return Number.isNaN(date.getTime()) ? { ok: false, reason: "invalid" } : { ok: true, date };
  }
  const match = WALL_CLOCK.exec(text);
  if (!match) return { ok: false, reason: "invalid" };
  const [year, month, day, hour, minute] = match.slice(1, 6).map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const wanted = { year, month, day, hour, minute };
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59) {
    return { ok: false, reason: "invalid" };
  }
  const calendar = new Date(Date.UTC(year, month - 1, day));
  if (calendar.getUTCMonth() !== month - 1) return { ok: false, reason: "invalid" }; // 31 June
  const instant = new TZDate(year, month - 1, day, hour, minute, UK_TIME_ZONE).getTime();
  if (!sameClock(ukWallClock(new Date(instant)), wanted)) return { ok: false, reason: "skipped" };
  const hourEarlier = new Date(instant - 3_600_000);
  return {
    ok: true,
    date: sameClock(ukWallClock(hourEarlier), wanted) ? hourEarlier : new Date(instant),
  };
}

const pad = (n: number) => String(n).padStart(2, "0");

/** The value a datetime-local input shows for an instant, in UK time. */
export function ukDateTimeInputValue(value: Date | string): string {
  const c = ukWallClock(value);
  return `${c.year}-${pad(c.month)}-${pad(c.day)}T${pad(c.hour)}:${pad(c.minute)}`;
}

/** "2026-06-01": the UK date, for exports. */
export function ukIsoDay(value: Date | string): string {
  return ukDateTimeInputValue(value).slice(0, 10);
}

const timeFormat = new Intl.DateTimeFormat("en-GB", {
  hour: "2-digit",
  minute: "2-digit",
  timeZone: UK_TIME_ZONE,
});
const dayFormat = new Intl.DateTimeFormat("en-GB", {
  weekday: "short",
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: UK_TIME_ZONE,
});

/** "14:05" in UK time. */
export function formatUkTime(value: Date | string): string {
  return timeFormat.format(new Date(value));
}

/** "Mon, 1 June 2026" in UK time. */
export function formatUkDay(value: Date | string): string {
  return dayFormat.format(new Date(value));
}
