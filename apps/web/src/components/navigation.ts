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
  { to: '/bodies', labelKey: 'nav.composition', roles: EVERYONE },
  { to: '/board', labelKey: 'nav.board', roles: STAFF },
  { to: '/account', labelKey: 'nav.account', roles: EVERYONE },
];
