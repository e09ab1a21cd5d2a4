import { Navigate, Outlet, useLocation } from 'react-router';
import { useIsLoggedIn, useMe, type Role } from '../api/auth';
import { Loading } from '../components/loading';
import { useTranslation } from 'react-i18next';

/** Sends a visitor without a session to the login page, and back here once logged in. */
export function RequireLogin() {
  const loggedIn = useIsLoggedIn();
  const location = useLocation();
  if (!loggedIn) return <Navigate to={`/login?next=${encodeURIComponent(location.pathname)}`} replace />;
  return <Outlet />;
}

/** Shows its pages to the given roles only; others are told, not silently redirected. */
export function RequireRole({ roles }: { roles: readonly Role[] }) {
  const { t } = useTranslation();
  const me = useMe();
  if (!me.data) return <Loading />;
  if (!roles.includes(me.data.role)) return <p role="alert">{t('errors.forbidden')}</p>;
  return <Outlet />;
}

/** Where "/" leads: each role's first page. */
export function Home() {
  const me = useMe();
  if (!me.data) return <Loading />;
  const first: Partial<Record<Role, string>> = { direction: '/follow-up', admin: '/admin/users' };
  return <Navigate to={first[me.data.role] ?? '/meetings'} replace />;
}
