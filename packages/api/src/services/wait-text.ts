/** A wait in plain words, rounded up: "30 seconds", "1 minute", "15 minutes". */
export function waitText(milliseconds: number): string {
  const seconds = Math.max(1, Math.ceil(milliseconds / 1000));
  if (seconds < 60) return seconds === 1 ? "1 second" : `${seconds} seconds`;
  const minutes = Math.ceil(seconds / 60);
  return minutes === 1 ? "1 minute" : `${minutes} minutes`;
}

/** The message for anyone slowed down by a rate limit. */
export function tooManyAttempts(milliseconds: number): string {
  return `Too many attempts. Wait ${waitText(milliseconds)} and try again.`;
}
