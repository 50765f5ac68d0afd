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
  /** Read comment threads on sections. */
  "comments:read": everyone,
  /**
   * Start threads, reply, and resolve or reopen one's own threads. Contributors (service users,
   * carers) comment even though they cannot edit; editors and up may also resolve anyone's.
   */
  "comments:write": ["admin", "facilitator", "editor", "contributor"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function roleCan(role: Role, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}
