// Human words for stored values, and dates and numbers as the pages show them.
import {
  FEEDBACK_RATINGS,
  FEEDBACK_STATUS_LABELS,
  type FeedbackStatus,
  CARE_MODEL_LABELS,
  PARTNERSHIP_STATUS_LABELS,
  ROLE_LABELS,
  type CareModelType,
  type Role,
} from "./vocabulary.js";

export function roleLabel(role: string): string {
  return ROLE_LABELS[role as Role] ?? role;
}

export function careModelLabel(type: string): string {
  return CARE_MODEL_LABELS[type as CareModelType] ?? type;
}

const SECTION_STATUS_LABELS: Record<string, string> = {
  draft: "Draft",
  in_review: "In review",
  agreed: "Agreed",
};
export function sectionStatusLabel(status: string): string {
  return SECTION_STATUS_LABELS[status] ?? status;
}

export function partnershipStatusLabel(status: string): string {
  return (PARTNERSHIP_STATUS_LABELS as Record<string, string>)[status] ?? status;
}

// Made once: toLocaleDateString and toLocaleString build a new formatter on every call, which a
// page listing hundreds of dates pays for each one.
const dateFormat = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  timeZone: "UTC",
});
const dateTimeFormat = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  timeZone: "UTC",
});
const numberFormat = new Intl.NumberFormat("en-GB");

export function formatDate(value: Date | string | null | undefined): string {
  const date = value ? new Date(value) : null;
  return date && !Number.isNaN(date.getTime()) ? dateFormat.format(date) : "Not set";
}

export function formatNumber(value: number | null | undefined): string {
  return value == null ? "Not known" : numberFormat.format(value);
}

export function feedbackStatusLabel(status: string): string {
  return FEEDBACK_STATUS_LABELS[status as FeedbackStatus] ?? status;
}

export function ratingLabel(rating: number | null): string {
  return FEEDBACK_RATINGS.find((r) => r.value === rating)?.label ?? "No rating given";
}

/** Date and time, e.g. "29 Nov 2026, 14:05" (UTC, so server and browser render the same). */
export function formatDateTime(value: Date | string): string {
  return dateTimeFormat.format(new Date(value));
}

/** The label of `value` in a vocabulary's labels, or undefined if it is not in the vocabulary. */
export function labelIn<T extends string>(
  labels: Record<T, string>,
  value: string,
): string | undefined {
  return Object.hasOwn(labels, value) ? labels[value as T] : undefined;
}
