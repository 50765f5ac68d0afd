// Removes personal details that people often type into feedback by mistake: email addresses,
// phone numbers and NHS numbers. Moderators still read every piece before it is published; this
// catches what a tired eye misses, and runs again on the moderator's text before publishing.
const EMAIL = /[A-Z0-9._%+-]+@[A-Z0-9.-]+\.[A-Z]{2,}/gi;
/** UK phone numbers: +44 or 0, then 9–10 more digits, with optional spaces, dots, dashes or brackets. */
const PHONE = /(?:\+\s?44\s?\(?0?\)?|\(?0)(?:[\s.\-()]*\d){9,10}/g;
/** NHS numbers: 10 digits, often written 3 3 4. */
const NHS_NUMBER = /\b\d{3}[\s-]?\d{3}[\s-]?\d{4}\b/g;

export const REDACTED = {
  email: "[email address removed]",
  phone: "[phone number removed]",
  nhsNumber: "[NHS number removed]",
} as const;

export function redactPersonalDetails(text: string): string {
  return text
    .replace(EMAIL, REDACTED.email)
    .replace(PHONE, REDACTED.phone)
    .replace(NHS_NUMBER, REDACTED.nhsNumber);
}
