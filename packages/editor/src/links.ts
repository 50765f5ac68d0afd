// Which link targets a section may contain: web pages and email addresses only, so a link can
// never run script (javascript:, data:, vbscript: …) in a reader's browser.
const SAFE_PROTOCOLS = new Set(["http:", "https:", "mailto:"]);

export function isSafeLinkUrl(url: string): boolean {
  const trimmed = url.trim();
  if (!trimmed) return false;
  try {
    return SAFE_PROTOCOLS.has(new URL(trimmed).protocol);
  } catch {
    return false;
  }
}
