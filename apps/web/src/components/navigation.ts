import type { Role } from '../api/auth';

export interface NavItem {
  to: string;
  /** Key in the common catalogue. */
  labelKey: string;
  roles: readonly Role[];
}

const EVERYONE: readonly Role[] = ['admin', 'secretariat', 'member', 'direction'];
const STAFF: readonly Role[] = ['admin', 'secretariat'];

/** The main menu, by role; each feature adds its pages here. */
export const NAV_ITEMS: NavItem[] = [
  { to: '/meetings', labelKey: 'nav.meetings', roles: ['member'] },
  { to: '/meetings', labelKey: 'nav.allMeetings', roles: ['admin', 'secretariat', 'direction'] },
  { to: '/minutes', labelKey: 'nav.minutes', roles: EVERYONE },
  { to: '/bodies', labelKey: 'nav.composition', roles: EVERYONE },
  { to: '/board', labelKey: 'nav.board', roles: STAFF },
  { to: '/secretariat/schedule', labelKey: 'nav.schedule', roles: STAFF },
  { to: '/secretariat/composition', labelKey: 'nav.compositionBoard', roles: STAFF },
  { to: '/secretariat/people', labelKey: 'nav.people', roles: STAFF },
  { to: '/follow-up', labelKey: 'nav.followUp', roles: ['direction'] },
  { to: '/recommendations', labelKey: 'nav.recommendations', roles: ['member', 'admin', 'secretariat'] },
  { to: '/direction', labelKey: 'nav.overview', roles: ['direction'] },
  { to: '/admin/users', labelKey: 'nav.users', roles: ['admin'] },
  { to: '/admin/audit', labelKey: 'nav.audit', roles: ['admin'] },
  { to: '/account', labelKey: 'nav.account', roles: EVERYONE },
];
