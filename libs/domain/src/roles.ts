/** The roles a login may hold (DESIGN.md, User). */
export const ROLES = ['admin', 'secretariat', 'member', 'direction'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** A member's role within a body (DESIGN.md, Membership). */
export const MEMBERSHIP_ROLES = ['chair', 'vice_chair', 'member'] as const;
export type MembershipRole = (typeof MEMBERSHIP_ROLES)[number];
