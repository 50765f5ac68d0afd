// A panel of the programme home ("what needs me"): a title and a short list, each fed by one
// query function. The home shows every panel that applies to the person's role, in order; a
// new panel is one more file listed in panels.ts, and the page needs no change.
import type { Db, Role } from "@coproduce/db";

export interface PanelViewer {
  userId: string;
  userName: string;
  role: Role;
  programmeId: string;
  programmeSlug: string;
  now: Date;
}

export interface PanelItem {
  id: string;
  text: string;
  /** A path on this site. */
  link: string;
  /** A second line: when, who, how long it has waited. */
  detail?: string;
  /** Draws the eye: unread, overdue. */
  urgent?: boolean;
}

export interface PanelContent {
  items: PanelItem[];
  /** How many there are in all, when more than the items shown. */
  total?: number;
  /** Where to see them all. */
  more?: { text: string; link: string };
}

export interface HomePanel {
  key: string;
  title: string;
  /** Said when the list is empty, as a calm sentence ("Nothing is waiting for you."). */
  empty: string;
  appliesTo(role: Role): boolean;
  load(db: Db, viewer: PanelViewer): Promise<PanelContent>;
}

export const PANEL_ITEMS = 5;

const day = 24 * 60 * 60 * 1000;

/** "today", "yesterday", "3 days ago": how long something has waited. */
export function ageText(since: Date, now: Date): string {
  const days = Math.floor((now.getTime() - since.getTime()) / day);
  if (days <= 0) return "today";
  if (days === 1) return "yesterday";
  if (days < 14) return `${days} days ago`;
  return `${Math.floor(days / 7)} weeks ago`;
}
