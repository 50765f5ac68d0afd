// Which link targets a section may contain: web pages and email addresses only, so a link can
// never run script (javascript:, data:, vbscript: …) in a reader's browser; and of a length
// browsers and Word handle (a megabyte-long address is not a link anyone means).
const SAFE_PROTOCOLS = new Set(["http:", "https:", "mailto:"]);

export const LINK_URL_MAX_LENGTH = 2048;

export function isSafeLinkUrl(url: string): boolean {
  const trimmed = url.trim();
  if (!trimmed || trimmed.length > LINK_URL_MAX_LENGTH) return false;
  try {
    return SAFE_PROTOCOLS.has(new URL(trimmed).protocol);
  } catch {
    return false;
  }
}
