/** The roles a login may hold (DESIGN.md, User). */
export const ROLES = ['admin', 'secretariat', 'member', 'direction'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
