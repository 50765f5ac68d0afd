// Who may do what in a programme. Every programme-scoped procedure names one of these
// permissions; this table is the single place that maps them to roles.
import type { Role } from "@coproduce/db";

const everyone = ["admin", "facilitator", "editor", "contributor", "viewer"] as const;

export const PERMISSIONS = {
  "programme:read": everyone,
  "members:read": everyone,
  "members:manage": ["admin"],
  "toolbox:read": everyone,
  /** Co-edit section text, and create, rename, reorder, move and archive sections. */
  "toolbox:edit": ["admin", "facilitator", "editor"],
  /**
   * Suggest insertions and deletions in a section's text, and withdraw one's own. Contributors
   * (service users, carers) may only suggest; accepting or rejecting needs toolbox:edit.
   */
  "toolbox:suggest": ["admin", "facilitator", "editor", "contributor"],
  /** Publish a Toolbox release: a programme decision, so not every editor. */
  "toolbox:publish": ["admin", "facilitator"],
  /** Name release approvers and choose the sign-off rule. */
  "signoff:manage": ["admin"],
  /**
   * Approve or object to the next release: any member by role, but only people an admin named
   * as approvers (see services/governance/sign-off.ts).
   */
  "signoff:review": everyone,
  /** Read and export the programme's decision log. */
  "decisions:read": everyone,
  "partnerships:read": everyone,
  /** Read, redact, tag, publish or reject feedback, and respond to it. */
  "feedback:moderate": ["admin", "facilitator"],
  /** See who has taken part, by stakeholder group and place. */
  "representation:read": everyone,
  /** Set the representation targets: a programme decision. */
  "representation:manage": ["admin"],
  /** See a section's versions and compare any two of them. */
  "versions:read": everyone,
  /** Save a named version, and restore an earlier version (as a new change). */
  "versions:manage": ["admin", "facilitator", "editor"],
  /** Search the programme; each result also needs the permission of its own record. */
  "search:use": everyone,
  /** Read comment threads on sections. */
  "comments:read": everyone,
  /**
   * Start threads, reply, and resolve or reopen one's own threads. Contributors (service users,
   * carers) comment even though they cannot edit; editors and up may also resolve anyone's.
   */
  "comments:write": ["admin", "facilitator", "editor", "contributor"],
  /** See Change Academy sessions and their records. */
  "academy:read": everyone,
  /** Join a session, write notes, vote and give an evaluation. */
  "academy:take-part": everyone,
  /** Plan sessions, run them live and record their outputs. */
  "academy:facilitate": ["admin", "facilitator"],
  /** Add, rename and nest places (system › place › locality › neighbourhood), and import them. */
  "places:manage": ["admin"],
  /** Create partnerships and choose their members. */
  "partnerships:manage": ["admin"],
  /**
   * Roles that may edit a partnership's delivery model, adoption, milestones, benefits and
   * readiness, and only for a partnership they belong to (admins edit every partnership): see
   * policies/partnership-access.ts.
   */
  "partnerships:edit": ["admin", "facilitator", "editor", "contributor"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function roleCan(role: Role, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}
