// Release numbers such as "1", "1.2" or "2.0.1": compared part by part, always going up.
import { z } from "zod";

export const releaseVersion = z
  .string({ error: "Enter a release number, for example 1.2." })
  .trim()
  .min(1, "Enter a release number, for example 1.2.")
  .max(20, "Use at most 20 characters for the release number.")
  .regex(
    /^\d{1,4}(\.\d{1,4}){0,2}$/,
    "Write the release number as numbers and dots, for example 1.2.",
  );

function parts(version: string): number[] {
  return version.split(".").map(Number);
}

/** Negative when a < b, positive when a > b, 0 when equal ("1.2" equals "1.2.0"). */
export function compareVersions(a: string, b: string): number {
  const [x, y] = [parts(a), parts(b)];
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const difference = (x[i] ?? 0) - (y[i] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

/** What to suggest after `latest`: the next minor number ("1.2" → "1.3"), or "1.0" at first. */
export function suggestNextVersion(latest: string | null): string {
  if (!latest) return "1.0";
  const [major = 1, minor = 0] = parts(latest);
  return `${major}.${minor + 1}`;
}
