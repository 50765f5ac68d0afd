// Themes on feedback: names typed by a moderator (comma-separated) become tags, reusing the
// programme's list where the name matches, ignoring case.
import type { Db } from "@coproduce/db";

export function parseThemeNames(text: string): string[] {
  const names = text
    .split(",")
    .map((name) => name.trim().replace(/\s+/g, " "))
    .filter((name) => name.length > 0);
  const seen = new Set<string>();
  return names.filter((name) => {
    const key = name.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Replaces the themes of one piece of feedback, creating free tags for new names. */
export async function setFeedbackThemes(
  db: Db,
  programmeId: string,
  feedbackId: string,
  names: string[],
) {
  const existing = await db.feedbackTheme.findMany({ where: { programmeId } });
  const byKey = new Map(existing.map((theme) => [theme.name.toLowerCase(), theme]));
  const themeIds: string[] = [];
  for (const name of names) {
    const theme =
      byKey.get(name.toLowerCase()) ??
      (await db.feedbackTheme.create({ data: { programmeId, name, curated: false } }));
    themeIds.push(theme.id);
  }
  await db.$transaction([
    db.feedbackThemeTag.deleteMany({ where: { feedbackId } }),
    db.feedbackThemeTag.createMany({ data: themeIds.map((themeId) => ({ feedbackId, themeId })) }),
  ]);
}
