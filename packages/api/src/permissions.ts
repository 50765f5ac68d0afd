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
  "partnerships:read": everyone,
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
